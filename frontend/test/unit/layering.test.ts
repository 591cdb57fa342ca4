// The folders' dependency rule (docs/architecture.md): render/ draws and imports neither state/ nor ui/;
// state/ holds what the tab shows and imports neither ui/ nor render/; compute/ and data/ import none of
// the three. Composition (app.ts, analysis.ts, views.ts, density-view.ts) joins them.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(__dirname, '..', '..', 'src');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : name.endsWith('.ts') ? [path] : [];
  });
}

/** The top-level folders of src/ that `file` imports from (static and dynamic imports, re-exports). */
function importedFolders(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)].map((m) => m[1]);
  return specifiers.map((spec) => relative(SRC, join(file, '..', spec)).split(/[\\/]/)[0]);
}

const FORBIDDEN: Record<string, string[]> = {
  render: ['state', 'ui'],
  state: ['ui', 'render'],
  compute: ['state', 'ui', 'render'],
  data: ['state', 'ui', 'render', 'compute'],
};

describe('folder layering', () => {
  for (const [folder, forbidden] of Object.entries(FORBIDDEN)) {
    it(`${folder}/ imports none of ${forbidden.join(', ')}`, () => {
      const offending = sources(join(SRC, folder)).flatMap((file) =>
        importedFolders(file).filter((f) => forbidden.includes(f)).map((f) => `${relative(SRC, file)} -> ${f}/`));
      expect(offending).toEqual([]);
    });
  }

  it('sees the imports it checks (a file of each folder imports something)', () => {
    for (const folder of Object.keys(FORBIDDEN)) {
      expect(sources(join(SRC, folder)).some((f) => importedFolders(f).length > 0)).toBe(true);
    }
  });
});
