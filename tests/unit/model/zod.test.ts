import { describe, expect, it } from 'vitest';
import { StorySchema, type Story } from '../../../src/model/story.ts';
import { readFixture } from '../../fixtures/readFixture.ts';

describe('zod', () => {
  // zod/mini has no messages of its own: without the English locale every one of these would read "Invalid input".
  it("words zod's own checks in English, for the person who must fix the file", () => {
    const story: Record<string, unknown> & { article: Story['article'] } = {
      ...readFixture<Story>('minimal-story.json'),
      title: '',
      summary: 3,
      extra: true,
    };
    story.article.url = 'ftp://example.com/article';
    const result = StorySchema.safeParse(story);
    expect(result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([
      'title: Too small: expected string to have >=1 characters',
      'summary: Invalid input: expected string, received number',
      'article.url: Invalid URL',
      ': Unrecognized key: "extra"',
    ]);
  });
});
