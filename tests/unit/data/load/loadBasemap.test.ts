import { describe, expect, it } from 'vitest';
import { englishChecksI18n } from '../../../../src/i18n/englishChecks.ts';
import { loadBasemap } from '../../../../src/data/load/loadBasemap.ts';
import { sha256Hex } from '../../../../src/data/load/trustedFile.ts';
import { answerWith, fixtureBasemap } from '../../../fixtures/fixtureStory.ts';

const URL = '/data/fixture/basemap.geojson';

describe('loadBasemap', () => {
  it('loads countries with names and label points', async () => {
    const result = await loadBasemap(URL, answerWith(JSON.stringify(fixtureBasemap())), { i18n: englishChecksI18n });
    expect(result.status === 'loaded' && result.basemap.features.map((country) => country.properties.name)).toEqual([
      'Iran',
      'Pakistan',
    ]);
  });

  it('names the field of a country that breaks the schema', async () => {
    const basemap = fixtureBasemap();
    const broken = { ...basemap, features: [basemap.features[0], { ...basemap.features[1], properties: {} }] };
    const result = await loadBasemap(URL, answerWith(JSON.stringify(broken)), { i18n: englishChecksI18n });
    expect(result.status === 'failed' && result.problems.map((problem) => problem.path)).toEqual([
      'features[1] (id "586") › properties.name',
      'features[1] (id "586") › properties.labelPoint',
    ]);
  });

  it('reports a missing file', async () => {
    const result = await loadBasemap(URL, answerWith('', { status: 404 }), { i18n: englishChecksI18n });
    expect(result.status === 'failed' && result.problems[0]?.origin).toBe(URL);
  });

  it('checks the build’s own basemap by its hash, not its schema; any other text is checked in full', async () => {
    const basemap = fixtureBasemap();
    // A file the schema would refuse, so that only skipping the schema lets it through.
    const unchecked = JSON.stringify({ ...basemap, features: [{ ...basemap.features[0], properties: {} }] });
    const hash = await sha256Hex(unchecked);
    expect(hash).not.toBeNull();
    const trusted = await loadBasemap(URL, answerWith(unchecked), {
      trusted: { sha256: hash ?? '', textLength: unchecked.length },
      i18n: englishChecksI18n,
    });
    expect(trusted.status).toBe('loaded');
    const otherHash = await loadBasemap(URL, answerWith(unchecked), {
      trusted: { sha256: '0'.repeat(64), textLength: unchecked.length },
      i18n: englishChecksI18n,
    });
    expect(otherHash.status).toBe('failed');
  });
});
