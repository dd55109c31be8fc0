import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const fromHere = (relative: string): string => fileURLToPath(new URL(relative, import.meta.url));

// Tool config files are the one place a default export is required.
export default defineConfig({
  plugins: [react()],
  resolve: {
    // The TS source, not schema/dist: the catalogue is plain data and must not pull in CommonJS output.
    alias: { '@caf/schema': fromHere('../schema/index.ts') },
  },
  build: {
    outDir: fromHere('./dist'),
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Vendor chunks change less often than our code, so browsers keep them cached across releases.
        codeSplitting: {
          groups: [
            {
              name: 'vendor-charts',
              test: /node_modules[\\/](recharts|d3-|victory-vendor|@reduxjs|react-redux|redux|immer|reselect|es-toolkit|decimal\.js-light)/,
            },
            {
              name: 'vendor-apollo',
              test: /node_modules[\\/](@apollo|graphql|rxjs|optimism|@wry|tslib|zen-observable)/,
            },
            {
              name: 'vendor-react',
              test: /node_modules[\\/](react|react-dom|scheduler|i18next|react-i18next)[\\/]/,
            },
          ],
        },
      },
    },
  },
  server: {
    // The session cookie is same-origin, so the API and the CSV exports go through the dev server.
    proxy: { '/graphql': 'http://localhost:4000', '/export': 'http://localhost:4000' },
  },
});
