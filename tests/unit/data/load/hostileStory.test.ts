import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadStory } from '../../../../src/data/load/loadStory.ts';
import { readStoryText } from '../../../../src/data/load/readStoryText.ts';
import { StorySchema } from '../../../../src/model/story.ts';
import { answerWith } from '../../../fixtures/fixtureStory.ts';
import { englishChecksI18n } from '../../../../src/i18n/englishChecks.ts';

// A valid story whose every free text is an attack: the UI must show it all as text and run none of it.

const TEXT = readFileSync(new URL('../../../fixtures/hostile-story.json', import.meta.url), 'utf8');

const SCRIPT = '<script>window.__pwned=1</script>';
const IMG = '<img src=x onerror="window.__pwned=1">';
const ATTR = '" onmouseover="window.__pwned=1';
const RLO = '\u202E';
const ZWJ = '\u200D';

/** Fields whose form the schema or the references fix: an id pattern, a date, an enum, a quote that must match. */
const CONSTRAINED_KEYS = new Set([
  'id',
  'type',
  'kind',
  'role',
  'date',
  'time',
  'local',
  'utcOffset',
  'precision',
  'passageId',
  'exact',
  'prefix',
  'suffix',
  'url',
  'focusIncidentIds',
  'sourceId',
]);

function stringLeaves(node: unknown, key = ''): [string, string][] {
  if (typeof node === 'string') return [[key, node]];
  if (Array.isArray(node)) return node.flatMap((value) => stringLeaves(value, key));
  if (typeof node === 'object' && node !== null) {
    return Object.entries(node).flatMap(([child, value]) => stringLeaves(value, child));
  }
  return [];
}

function withUrl(path: 'article' | 'source' | 'credit', url: string): unknown {
  const story = JSON.parse(TEXT) as {
    article: { url: string };
    incidents: { features: { properties: { sources: { url: string }[] } }[] };
    credits: { url: string | null }[];
  };
  const source = story.incidents.features[0]?.properties.sources[0];
  const credit = story.credits[0];
  if (source === undefined || credit === undefined) throw new Error('the fixture has a source and a credit');
  if (path === 'article') story.article.url = url;
  if (path === 'source') source.url = url;
  if (path === 'credit') credit.url = url;
  return story;
}

describe('the hostile story fixture', () => {
  it('is a valid story: it loads', async () => {
    expect((await loadStory('/hostile-story.json', answerWith(TEXT), { i18n: englishChecksI18n })).status).toBe(
      'loaded',
    );
    expect((await readStoryText('hostile-story.json', TEXT, { i18n: englishChecksI18n })).status).toBe('loaded');
  });

  it('holds every kind of hostile text', () => {
    for (const attack of [SCRIPT, IMG, ATTR, 'javascript:alert(1)', RLO, ZWJ, '👩‍👩‍👧‍👦', '<style>', '{{constructor']) {
      expect(TEXT).toContain(JSON.stringify(attack).slice(1, -1));
    }
    const leaves = stringLeaves(JSON.parse(TEXT));
    expect(leaves.some(([, value]) => /\S{10000,}/.test(value))).toBe(true);
  });

  it('puts an attack in every free text field', () => {
    const free = stringLeaves(JSON.parse(TEXT)).filter(([key]) => !CONSTRAINED_KEYS.has(key));
    expect(free.length).toBeGreaterThan(80);
    for (const [key, value] of free) {
      expect([key, /<|\u202E|onmouseover|javascript:|👩|\{\{|&lt;|\S{10000}/u.test(value)]).toEqual([key, true]);
    }
  });

  it('cites words with markup in them, as they stand in the passage', () => {
    const story = StorySchema.parse(JSON.parse(TEXT));
    const claim = story.incidents.features[0]?.properties.claims[0];
    expect(claim?.citation.type === 'article' && claim.citation.quote.exact).toBe('<b>was shelled</b>');
    expect(story.article.passages[0]?.text).toContain('<b>was shelled</b>');
  });

  it('carries the http(s) addresses the schema lets through: markup in the query, quotes, credentials, RLO', () => {
    const urls = stringLeaves(JSON.parse(TEXT))
      .filter(([key]) => key === 'url')
      .map(([, value]) => value);
    expect(urls).toEqual(
      expect.arrayContaining([
        expect.stringContaining('?q=<script>'),
        expect.stringContaining('" onmouseover="'),
        'https://trusted.example.org@evil.example/phish',
        expect.stringContaining(RLO),
      ]),
    );
  });
});

describe('the story schema', () => {
  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>window.__pwned=1</script>',
    'vbscript:msgbox(1)',
    'blob:https://example.org/1',
    'file:///etc/passwd',
    'ftp://example.org/file',
    '//example.org/no-scheme',
    '/relative/path',
    'https:alert(1)',
  ])('refuses %j in every URL field', (url) => {
    const fields = [
      ['article', ['article', 'url']],
      ['source', ['incidents', 'features', 0, 'properties', 'sources', 0, 'url']],
      ['credit', ['credits', 0, 'url']],
    ] as const;
    for (const [field, path] of fields) {
      const result = StorySchema.safeParse(withUrl(field, url));
      expect(result.error?.issues.map((issue) => issue.path)).toEqual([path]);
    }
  });
});
