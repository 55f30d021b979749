import { describe, expect, it } from 'vitest';
import { emptyDraft, withStory } from '../../../src/editor/draft/storyDraft.ts';
import {
  keepDraft,
  keepDraftAtOnce,
  listKeptDrafts,
  type DraftStore,
  type KeptDraft,
} from '../../../src/editor/keep/draftKeeping.ts';
import { englishChecksI18n } from '../../../src/i18n/englishChecks.ts';

function memoryStore(failWith?: Error): DraftStore & { kept: Map<string, KeptDraft> } {
  const kept = new Map<string, KeptDraft>();
  return {
    kept,
    get: (key) => Promise.resolve(kept.get(key)),
    set: (key, value) => {
      if (failWith !== undefined) return Promise.reject(failWith);
      kept.set(key, value);
      return Promise.resolve();
    },
    delete: (key) => Promise.resolve(void kept.delete(key)),
    all: () => Promise.resolve([...kept.values()]),
  };
}

const draft = emptyDraft('k1', englishChecksI18n);
const at = (iso: string) => new Date(iso);

describe('keeping drafts in the browser', () => {
  it('saves with a revision that grows by one each time', async () => {
    const store = memoryStore();
    expect(await keepDraft(store, draft, 0, at('2024-01-01T10:00:00Z'))).toEqual({
      status: 'kept',
      revision: 1,
      savedAt: '2024-01-01T10:00:00.000Z',
    });
    expect(await keepDraft(store, draft, 1)).toMatchObject({ status: 'kept', revision: 2 });
  });

  it('saves at once, for a page being left, asking for the write before it reads anything', async () => {
    const store = memoryStore();
    let reads = 0;
    const counting: DraftStore = {
      ...store,
      get: (key) => {
        reads += 1;
        return store.get(key);
      },
    };
    await keepDraft(counting, draft, 0);
    reads = 0;
    const writing = keepDraftAtOnce(counting, withStory(draft, { title: 'Last words' }), 1, at('2024-01-01T10:05:00Z'));
    // Asked for in the same task: nothing awaited first, whose callback a page being unloaded might never run.
    expect(store.kept.get('k1')).toMatchObject({ revision: 2, savedAt: '2024-01-01T10:05:00.000Z' });
    expect(store.kept.get('k1')?.draft.story.title).toBe('Last words');
    await writing;
    expect(reads).toBe(0);
    // The next ordinary save goes on from it.
    expect(await keepDraft(store, draft, 2)).toMatchObject({ status: 'kept', revision: 3 });
  });

  it('refuses to overwrite a save made by another tab since this one last saved, and says whose', async () => {
    const store = memoryStore();
    await keepDraft(store, draft, 0);
    await keepDraft(store, withStory(draft, { title: 'Other tab' }), 1);
    const result = await keepDraft(store, withStory(draft, { title: 'This tab' }), 1);
    expect(result).toMatchObject({ status: 'conflict', theirs: { revision: 2 } });
    expect(store.kept.get('k1')?.draft.story.title).toBe('Other tab');
  });

  it('says the storage is full rather than failing silently', async () => {
    const full = memoryStore(new DOMException('no room', 'QuotaExceededError'));
    expect(await keepDraft(full, draft, 0)).toEqual({ status: 'full' });
    const broken = memoryStore(new Error('the database was closed'));
    expect(await keepDraft(broken, draft, 0)).toEqual({ status: 'failed', message: 'the database was closed' });
  });

  it('lists the kept stories, the most recently saved first', async () => {
    const store = memoryStore();
    await keepDraft(store, emptyDraft('old', englishChecksI18n), 0, at('2024-01-01T10:00:00Z'));
    await keepDraft(store, emptyDraft('new', englishChecksI18n), 0, at('2024-02-01T10:00:00Z'));
    expect((await listKeptDrafts(store)).map((kept) => kept.draft.key)).toEqual(['new', 'old']);
  });
});
