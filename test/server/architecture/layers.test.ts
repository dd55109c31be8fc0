import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const SRC = path.resolve(__dirname, '..', '..', '..', 'server', 'src');

/** The roof: files that assemble every feature (schema, loaders, context factory, app, entry points). */
const ROOF = new Set(['app', 'schema', 'loaders', 'request-context', 'main', 'emit-schema']);
/**
 * The ground floor every feature may import (context, errors, plugins, shared helpers, settings);
 * it imports no feature, except the viewer and request facts of auth that the context carries.
 */
const GROUND = new Set(['graphql', 'shared', 'config']);
const GROUND_MAY_IMPORT = new Set([...GROUND, 'auth']);
/** Tools that run the whole app (load scripts) sit above the roof. */
const TOOLS = new Set(['bench']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : full.endsWith('.ts') ? [full] : [];
  });
}

/** The top-level part of server/src a file belongs to: its folder, or its own name at the top. */
const partOf = (file: string): string =>
  path.relative(SRC, file).split(path.sep)[0]!.replace(/\.ts$/, '');

/** The resolved paths (relative to server/src, no extension) a file imports. */
function importedPaths(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^(?:import|export)[^;]*?from '(\.[^']+)'/gms)].map(m =>
    path.relative(SRC, path.resolve(path.dirname(file), m[1]!)),
  );
}

const importsOf = (file: string): string[] =>
  importedPaths(file).map(imported => partOf(path.join(SRC, imported)));

describe('server layers', () => {
  const files = sourceFiles(SRC);

  it('imports nothing from the roof below it', () => {
    const upward = files.flatMap(file => {
      const from = partOf(file);
      if (ROOF.has(from) || TOOLS.has(from)) {
        return [];
      }
      return importsOf(file)
        .filter(to => ROOF.has(to))
        .map(to => `${path.relative(SRC, file)} → ${to}`);
    });
    expect(upward).toEqual([]);
  });

  it('keeps the ground floor free of feature imports', () => {
    const intoFeatures = files.flatMap(file => {
      if (!GROUND.has(partOf(file))) {
        return [];
      }
      return importsOf(file)
        .filter(to => !GROUND_MAY_IMPORT.has(to))
        .map(to => `${path.relative(SRC, file)} → ${to}`);
    });
    expect(intoFeatures).toEqual([]);
  });

  it('lets numbers from released scores out only through the disclosure gate', () => {
    const outside = files.filter(file => partOf(file) !== 'disclosure');
    // Only the gate reads released scores …
    expect(
      outside
        .filter(file => readFileSync(file, 'utf8').includes('released_score'))
        .map(file => path.relative(SRC, file)),
    ).toEqual([]);
    // … and the rest of the server uses its public face, never its internals.
    expect(
      outside.flatMap(file =>
        importedPaths(file)
          .filter(imported => imported.startsWith(`disclosure${path.sep}`))
          .map(imported => `${path.relative(SRC, file)} → ${imported}`),
      ),
    ).toEqual([]);
  });
});
