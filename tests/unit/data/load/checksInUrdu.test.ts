import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkStoryHonesty } from '../../../../src/data/load/checkStoryHonesty.ts';
import { checkStoryReferences } from '../../../../src/data/load/checkStoryReferences.ts';
import { loadCheckWords } from '../../../../src/data/load/checkWords.ts';
import { readStoryText } from '../../../../src/data/load/readStoryText.ts';
import { schemaRuleWords } from '../../../../src/data/load/schemaRuleWords.ts';
import { englishChecksI18n } from '../../../../src/i18n/englishChecks.ts';
import { loadI18n, type I18n } from '../../../../src/i18n/i18n.ts';
import { StorySchema, type Story } from '../../../../src/model/story.ts';
import type { z } from '../../../../src/model/zod.ts';
import { readFixture } from '../../../fixtures/readFixture.ts';

// The checks' problems in the reader's language, as the browser words them: the 'checks' part and zod's own messages
// loaded into the reader's instance first. The record and the field stay named exactly, as data.

const ARABIC_SCRIPT = /\p{Script=Arabic}/u;
const ENGLISH_WORDS = /[A-Za-z]{3,} [A-Za-z]{3,}/;

let urdu: I18n;
let persian: I18n;

beforeAll(async () => {
  urdu = await loadCheckWords(await loadI18n('ur'));
  persian = await loadCheckWords(await loadI18n('fa'));
});

function minimalStory(): Story {
  return StorySchema.parse(readFixture('minimal-story.json'));
}

describe('the data checks in Urdu and Persian', () => {
  it('says a quote is not verbatim in Urdu, naming the incident, the field and the passage', () => {
    const story = minimalStory();
    const incident = story.incidents.features[0];
    const claim = incident?.properties.claims[0];
    const citation = claim?.citation;
    if (incident === undefined || claim === undefined || citation?.type !== 'article')
      throw new Error('the fixture cites the article first');
    citation.quote.exact = 'the town got shelled';
    const [problem, ...others] = checkStoryReferences(story, 'minimal-story.json', urdu);
    expect(others).toEqual([]);
    expect(problem?.path).toBe(
      `incidents.features[0] (id ${JSON.stringify(incident.id)}) › properties.claims[0] (id ${JSON.stringify(claim.id)}) › citation.quote.exact`,
    );
    expect(problem?.message).toMatch(ARABIC_SCRIPT);
    expect(problem?.message).toContain('"the town got shelled"');
    expect(problem?.message).toContain(citation.quote.passageId);
    expect(problem?.message.replace('"the town got shelled"', '')).not.toMatch(ENGLISH_WORDS);
  });

  it('says an abbreviated time zone is ambiguous in Persian, with the zone as the data has it', () => {
    const story = minimalStory();
    const incident = story.incidents.features[0];
    if (incident?.properties.when == null) throw new Error('the fixture’s first incident has a time');
    incident.properties.when.zone = 'IST';
    const problems = checkStoryHonesty(story, 'minimal-story.json', persian);
    const zone = problems.find((problem) => problem.path.endsWith('properties.when.zone'));
    expect(zone?.path).toContain(`(id ${JSON.stringify(incident.id)})`);
    expect(zone?.message).toMatch(ARABIC_SCRIPT);
    expect(zone?.message).toContain('"IST"');
  });

  it('words a broken story file read as a reader opens it, zod’s checks included, in Urdu', async () => {
    const story: Record<string, unknown> = { ...readFixture<Story>('minimal-story.json'), title: '', summary: 3 };
    const read = await readStoryText('broken.json', JSON.stringify(story), { i18n: urdu });
    if (read.status !== 'failed') throw new Error('the story should fail');
    expect(read.problems.map((problem) => problem.path)).toEqual(['title', 'summary']);
    for (const problem of read.problems) {
      expect(problem.origin).toBe('broken.json');
      expect(problem.message).toMatch(ARABIC_SCRIPT);
      expect(problem.message).not.toMatch(ENGLISH_WORDS);
    }
  });

  it('says a problem about the whole file is about the file, in Urdu too', async () => {
    const read = await readStoryText('empty.json', '   ', { i18n: urdu });
    if (read.status !== 'failed') throw new Error('an empty file should fail');
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]?.path).toMatch(ARABIC_SCRIPT);
    expect(read.problems[0]?.message).toMatch(ARABIC_SCRIPT);
    const english = await readStoryText('empty.json', '   ', { i18n: englishChecksI18n });
    expect(english).toEqual({
      status: 'failed',
      problems: [{ origin: 'empty.json', path: '(file)', message: 'the file is empty' }],
    });
  });

  it('says a schema’s own rule in Urdu, naming the record and the field', async () => {
    const fixture = readFixture<Story>('minimal-story.json');
    const [first, ...rest] = fixture.incidents.features;
    if (first === undefined) throw new Error('the fixture has an incident');
    const story = {
      ...fixture,
      incidents: { ...fixture.incidents, features: [{ ...first, id: 'other-id' }, ...rest] },
    };
    const read = await readStoryText('broken.json', JSON.stringify(story), { i18n: urdu });
    if (read.status !== 'failed') throw new Error('the story should fail');
    const problem = read.problems.find((each) => each.path.endsWith(' › id'));
    expect(problem?.path).toBe('incidents.features[0] (id "other-id") › id');
    expect(problem?.message).toMatch(ARABIC_SCRIPT);
    expect(problem?.message).toContain('properties.id');
  });

  it('has words for every rule the schemas name', () => {
    const model = join(import.meta.dirname, '../../../../src/model');
    const rules = readdirSync(model).flatMap((name) =>
      [...readFileSync(join(model, name), 'utf8').matchAll(/params: \{ rule: '([\w-]+)' \}/g)].map((match) => match[1]),
    );
    expect(rules.length).toBeGreaterThan(10);
    for (const rule of rules) {
      const issue: z.core.$ZodIssue = { code: 'custom', params: { rule }, message: 'in English', path: [] };
      expect(schemaRuleWords(issue, urdu), rule).toMatch(ARABIC_SCRIPT);
    }
  });

  it('falls back to zod’s own Urdu for a check it does not word itself', async () => {
    const story: Record<string, unknown> = {
      ...readFixture<Story>('minimal-story.json'),
      article: { ...readFixture<Story>('minimal-story.json').article, url: 'not a web address' },
    };
    const read = await readStoryText('broken.json', JSON.stringify(story), { i18n: urdu });
    if (read.status !== 'failed') throw new Error('the story should fail');
    const url = read.problems.find((problem) => problem.path === 'article.url');
    expect(url?.message).toMatch(ARABIC_SCRIPT);
  });
});
