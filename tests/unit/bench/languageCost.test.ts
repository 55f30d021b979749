import { TraceMap } from '@jridgewell/trace-mapping';
import { describe, expect, it } from 'vitest';
import { withoutSources } from '../../../bench/languageCost.ts';

/** A source map, decoded: each generated line's segments as [column, source index, source line, source column]. */
function mapOf(sources: string[], lines: number[][][]): TraceMap {
  return new TraceMap({
    version: 3,
    file: 'chunk.js',
    names: [],
    sources,
    mappings: lines as [number, number, number, number][][],
  });
}

describe('withoutSources', () => {
  const sources = ['../../src/i18n/i18n.ts', '../../src/app/App.tsx', '../../node_modules/@lingui/core/dist/index.mjs'];

  it('cuts out what the map traces to the part’s sources, up to the next segment or the line’s end', () => {
    const code = 'var a=lingui();var b=app();\nvar c=words();app2()';
    const map = mapOf(sources, [
      [
        [0, 2, 0, 0],
        [15, 1, 0, 0],
      ],
      [
        [0, 0, 3, 0],
        [14, 1, 9, 0],
      ],
    ]);
    expect(withoutSources(code, map, /src\/i18n\//)).toBe('var a=lingui();var b=app();\napp2()');
    expect(withoutSources(code, map, /@lingui\//)).toBe('var b=app();\nvar c=words();app2()');
  });

  it('keeps code the map traces to no source, and a file the part has no code in, as it is', () => {
    const code = 'head();var b=app();';
    const map = mapOf(sources, [[[0], [7, 1, 0, 0]]]);
    expect(withoutSources(code, map, /src\/app\//)).toBe('head();');
    expect(withoutSources(code, map, /src\/i18n\//)).toBe(code);
  });
});
