import type { CodegenConfig } from '@graphql-codegen/cli';

// Reads the committed contract, never a running server (STYLE.md §12).
const config: CodegenConfig = {
  schema: '../schema/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    // CODEGEN_OUT lets the staleness test generate elsewhere and compare.
    [process.env.CODEGEN_OUT ?? './src/gql/']: {
      preset: 'client',
      presetConfig: {
        // Apollo Client 4 masks data itself; our fragments stay plain typed selections.
        fragmentMasking: false,
      },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        // Scalars arrive as JSON: ISO strings for dates, plain objects for audit snapshots.
        scalars: {
          LocalDate: 'string',
          DateTimeISO: 'string',
          JSONObject: 'Record<string, unknown>',
        },
        strictScalars: true,
      },
    },
  },
};

// Tool config files are the one place a default export is required.
export default config;
