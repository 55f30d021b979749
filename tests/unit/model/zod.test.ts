import { describe, expect, it } from 'vitest';
import { wordChecksForReaders } from '../../../src/data/load/readerMessages.ts';
import { englishChecksI18n } from '../../../src/i18n/englishChecks.ts';
import { StorySchema, type Story } from '../../../src/model/story.ts';
import { readFixture } from '../../fixtures/readFixture.ts';

// As the reader of files and links, and the data build, turn them on.
wordChecksForReaders(englishChecksI18n);

describe('zod', () => {
  // zod/mini has no messages of its own: without the model's words every one of these would read "Invalid input".
  it("words zod's own checks for the person who must fix the file, not in a validator's shorthand", () => {
    const story: Record<string, unknown> & { article: Story['article'] } = {
      ...readFixture<Story>('minimal-story.json'),
      title: '',
      summary: 3,
      extra: true,
    };
    story.article.url = 'ftp://example.com/article';
    const result = StorySchema.safeParse(story);
    expect(result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([
      'title: is empty: write something here',
      'summary: should be a text, not the number 3',
      'article.url: Invalid URL',
      ': has a field Citemap does not know: extra (a misspelling, or from another format?)',
    ]);
  });

  it('says what is missing, what value belongs where another was found, and keeps a schema’s own words', () => {
    const withoutVersion: Partial<Story> = readFixture<Story>('minimal-story.json');
    delete withoutVersion.schemaVersion;
    const missing = StorySchema.safeParse(withoutVersion);
    expect(missing.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([
      'schemaVersion: is missing: it should be 1',
    ]);
    const wrongKind = StorySchema.safeParse({
      ...readFixture<Story>('minimal-story.json'),
      incidents: { type: 'FeatureCollection', features: 'none' },
    });
    expect(wrongKind.error?.issues[0]?.message).toBe('should be a list, not the text "none"');
    const short = StorySchema.safeParse({ ...readFixture<Story>('minimal-story.json'), defaultBounds: [1, 2, 3] });
    expect(short.error?.issues[0]?.message).not.toMatch(/Invalid input|expected \w+, received/);
  });
});
