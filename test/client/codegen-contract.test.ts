import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

const CLIENT = path.resolve(__dirname, '..', '..', 'client');
const COMMITTED = path.join(CLIENT, 'src', 'gql');

describe('client/src/gql', () => {
  it('is what codegen makes of schema/schema.graphql and the client’s operations (run `npm run codegen`)', async () => {
    const out = await mkdtemp(path.join(os.tmpdir(), 'caf-codegen-'));
    try {
      const run = spawnSync(
        path.join(CLIENT, '..', 'node_modules', '.bin', 'graphql-codegen'),
        ['--config', 'codegen.ts', '--silent'],
        {
          cwd: CLIENT,
          env: { ...process.env, CODEGEN_OUT: `${out}/` },
          encoding: 'utf8',
        },
      );
      expect(run.stderr + run.stdout).not.toMatch(/error/i);
      const files = (await readdir(COMMITTED)).sort();
      expect((await readdir(out)).sort()).toEqual(files);
      for (const file of files) {
        const [generated, committed] = await Promise.all([
          readFile(path.join(out, file), 'utf8'),
          readFile(path.join(COMMITTED, file), 'utf8'),
        ]);
        expect({ file, text: committed }).toEqual({ file, text: generated });
      }
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});
