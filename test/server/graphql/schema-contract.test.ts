import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildAppSchema, SCHEMA_FILE } from '../../../server/src/schema';

describe('schema/schema.graphql', () => {
  it('is exactly what the server code emits (run `npm run schema:emit` after changing the API)', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'caf-schema-'));
    try {
      const emitted = path.join(dir, 'schema.graphql');
      await buildAppSchema({ emitTo: emitted });
      const [expected, committed] = await Promise.all([
        readFile(emitted, 'utf8'),
        readFile(SCHEMA_FILE, 'utf8'),
      ]);
      expect(committed).toBe(expected);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
