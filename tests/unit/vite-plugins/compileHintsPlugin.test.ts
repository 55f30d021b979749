import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  addCompileHints,
  COMPILE_HINT,
  firstLoadChunks,
  type BuiltBundle,
  type BuiltChunk,
} from '../../../vite-plugins/compileHintsPlugin.ts';

function chunk(fileName: string, imports: string[], isEntry = false): BuiltChunk {
  return { type: 'chunk', fileName, isEntry, imports, code: `/* ${fileName} */\nexport{};`, map: { mappings: 'AAAA' } };
}

/** The shape of the app's build: an entry, the chunks it imports statically, and chunks fetched on demand. */
function appLikeBundle(): BuiltBundle {
  const bundle: BuiltBundle = {};
  for (const output of [
    chunk('assets/index.js', ['assets/react.js', 'assets/leaflet.js', 'assets/i18n.js'], true),
    chunk('assets/react.js', []),
    chunk('assets/leaflet.js', ['assets/react.js']),
    chunk('assets/i18n.js', ['assets/preload-helper.js']),
    chunk('assets/preload-helper.js', []),
    // Imported by `import()` only, and itself importing a first-load chunk statically: still on demand.
    chunk('assets/StoryEditor.js', ['assets/react.js', 'assets/editorOnly.js']),
    chunk('assets/editorOnly.js', []),
  ]) {
    bundle[output.fileName] = output;
  }
  bundle['assets/index.js.map'] = {
    type: 'asset',
    fileName: 'assets/index.js.map',
    source: JSON.stringify({ version: 3, mappings: ';AAAA', sources: ['src/main.tsx'] }),
  };
  bundle['assets/StoryEditor.js.map'] = {
    type: 'asset',
    fileName: 'assets/StoryEditor.js.map',
    source: JSON.stringify({ version: 3, mappings: 'AAAA', sources: [] }),
  };
  return bundle;
}

describe('compile hints on the first load', () => {
  it('finds the entry and every chunk it reaches by static imports, not the chunks loaded on demand', () => {
    const names = firstLoadChunks(appLikeBundle()).map((found) => found.fileName);
    expect(names.sort()).toEqual(
      ['assets/i18n.js', 'assets/index.js', 'assets/leaflet.js', 'assets/preload-helper.js', 'assets/react.js'].sort(),
    );
  });

  it('puts the hint on the first line of those chunks only, and moves their source maps one line down', () => {
    const bundle = appLikeBundle();
    const hinted = addCompileHints(bundle);
    expect(hinted).toHaveLength(5);
    const index = bundle['assets/index.js'] as BuiltChunk;
    expect(index.code.startsWith(COMPILE_HINT)).toBe(true);
    expect(index.code.slice(COMPILE_HINT.length)).toBe('/* assets/index.js */\nexport{};');
    expect(index.map?.mappings).toBe(';AAAA');
    const indexMap = bundle['assets/index.js.map'];
    expect(indexMap?.type === 'asset' && JSON.parse(String(indexMap.source))).toMatchObject({
      mappings: ';;AAAA',
      sources: ['src/main.tsx'],
    });

    const editor = bundle['assets/StoryEditor.js'] as BuiltChunk;
    expect(editor.code).not.toContain('allFunctionsCalledOnLoad');
    expect(editor.map?.mappings).toBe('AAAA');
    const editorMap = bundle['assets/StoryEditor.js.map'];
    expect(editorMap?.type === 'asset' && (JSON.parse(String(editorMap.source)) as { mappings: string }).mappings).toBe(
      'AAAA',
    );
  });

  it('hints a chunk once, however often the bundle passes through', () => {
    const bundle = appLikeBundle();
    addCompileHints(bundle);
    addCompileHints(bundle);
    const index = bundle['assets/index.js'] as BuiltChunk;
    expect(index.code.split('allFunctionsCalledOnLoad')).toHaveLength(2);
    expect(index.map?.mappings).toBe(';AAAA');
  });

  it('is a line comment: the code runs the same with it', () => {
    expect(COMPILE_HINT).toMatch(/^\/\/# allFunctionsCalledOnLoad\n$/);
    expect(runInNewContext(`${COMPILE_HINT}1 + 1`)).toBe(2);
  });
});
