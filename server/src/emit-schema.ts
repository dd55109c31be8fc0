import { buildAppSchema, SCHEMA_FILE } from './schema';

buildAppSchema({ emitTo: SCHEMA_FILE }).then(
  () => console.log(`Wrote ${SCHEMA_FILE}`),
  error => {
    console.error(error);
    process.exit(1);
  },
);
