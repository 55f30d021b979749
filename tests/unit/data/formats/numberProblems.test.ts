import { describe, expect, it } from 'vitest';
import { englishChecksI18n } from '../../../../src/i18n/englishChecks.ts';
import { numberProblems } from '../../../../src/data/formats/numberProblems.ts';
import { readFeatureFile } from '../../../../src/data/formats/readFeatureFile.ts';
import { readRealFile, readRealJson } from './readRealFile.ts';

describe('numberProblems', () => {
  it('finds a property of 1e309, which JSON.parse reads as Infinity, by its path', () => {
    const problems = numberProblems(readRealJson('constructed/feature-property-1e309.geojson'), englishChecksI18n);
    expect(problems).toEqual([
      {
        keys: ['properties', 'prop1'],
        path: 'properties.prop1',
        message:
          'the number is too large to read (beyond about ±1.8e308, such as 1e309): shown as "too large", not as a value',
      },
    ]);
  });

  it('finds negative ones and numbers in lists, and quotes keys that are not plain names', () => {
    const problems = numberProblems(JSON.parse('{"a b": [1, -1e400], "c": {"d": 1e309}}'), englishChecksI18n);
    expect(problems.map((problem) => problem.path)).toEqual(['["a b"][1]', 'c.d']);
    expect(problems[0]?.message).toMatch(/^the negative number is too large/);
  });

  it('finds nothing in an ordinary file', () => {
    expect(numberProblems(readRealJson('usgs/eq_data_1_day_m1.trimmed.geojson'), englishChecksI18n)).toEqual([]);
  });

  it('walks a file nested far deeper than the call stack allows', () => {
    const deep = `${'['.repeat(20_000)}1e309${']'.repeat(20_000)}`;
    expect(numberProblems(JSON.parse(deep), englishChecksI18n)).toHaveLength(1);
  });

  it('lets the file open with the too-large property as a notice, not a null', async () => {
    const result = await readFeatureFile(
      readRealFile('constructed/feature-property-1e309.geojson'),
      'geojson',
      englishChecksI18n,
    );
    expect(result.status === 'read' && result.notices.map((notice) => notice.path)).toEqual(['properties.prop1']);
  });

  it('refuses a point whose latitude is 1e309, saying the number is too large', async () => {
    const result = await readFeatureFile(
      readRealFile('constructed/feature-coordinate-1e309.geojson'),
      'geojson',
      englishChecksI18n,
    );
    expect(result.status === 'refused' && result.problems).toEqual([
      {
        path: 'geometry.coordinates',
        message: 'the latitude is a number too large to read (such as 1e309), so the position is unknown',
      },
    ]);
  });
});
