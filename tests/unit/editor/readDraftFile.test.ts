import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../src/editor/draft/checkDraft.ts';
import { emptyDraft, withStory } from '../../../src/editor/draft/storyDraft.ts';
import { readDraftFile, readKeptDraft } from '../../../src/editor/keep/readDraftFile.ts';
import { storyDownload } from '../../../src/editor/keep/storyDownload.ts';
import { englishChecksI18n } from '../../../src/i18n/englishChecks.ts';

const shippedText = readFileSync(
  new URL('../../../public/data/iran-pakistan-2024/story.json', import.meta.url),
  'utf8',
);

describe('opening a file in the editor', () => {
  it('reads back a downloaded draft as it was, under the key it is given', () => {
    const draft = withStory(emptyDraft('old-key', englishChecksI18n), { title: 'Half done' });
    const file = storyDownload(draft, checkDraft(draft, englishChecksI18n));
    expect(file.isDraft).toBe(true);
    expect(readDraftFile(file.fileName, file.text, 'new-key', englishChecksI18n)).toEqual({
      status: 'read',
      draft: { ...draft, key: 'new-key' },
    });
  });

  it('reads a story file as the viewer does, and lists the problems of one that is not', () => {
    const read = readDraftFile('story.json', shippedText, 'k', englishChecksI18n);
    expect(read.status === 'read' && read.draft.story.id).toBe('iran-pakistan-2024');
    const broken = readDraftFile(
      'x.json',
      JSON.stringify({ schemaVersion: 1, article: {}, incidents: {} }),
      'k',
      englishChecksI18n,
    );
    expect(broken.status).toBe('failed');
    expect(readDraftFile('x.json', '{not json', 'k', englishChecksI18n)).toMatchObject({ status: 'failed' });
    const badDraft = readDraftFile(
      'd.json',
      JSON.stringify({ format: 'citemap-story-draft', story: {} }),
      'k',
      englishChecksI18n,
    );
    expect(badDraft.status === 'failed' && badDraft.problems.length).toBeGreaterThan(0);
  });

  it('checks what storage gives back, refusing what has not the shape of a kept draft', () => {
    const kept = { draft: emptyDraft('k', englishChecksI18n), revision: 3, savedAt: '2024-01-01T00:00:00.000Z' };
    expect(readKeptDraft(kept)).toEqual(kept);
    expect(readKeptDraft({ draft: { key: 'k' }, revision: 1, savedAt: '' })).toBeNull();
    expect(readKeptDraft('a string')).toBeNull();
  });
});
