import { describe, expect, it } from 'vitest';
import { draftHistoryReducer, startHistory } from '../../../src/editor/draft/draftHistory.ts';
import { emptyDraft, withStory } from '../../../src/editor/draft/storyDraft.ts';
import { englishChecksI18n } from '../../../src/i18n/englishChecks.ts';

const start = emptyDraft('k', englishChecksI18n);
const titled = (title: string) => withStory(start, { title });

describe('undo and redo', () => {
  it('undo steps back through changes and redo forward again; a new change drops what was undone', () => {
    let history = startHistory(start);
    history = draftHistoryReducer(history, { type: 'change', draft: titled('A') });
    history = draftHistoryReducer(history, { type: 'change', draft: titled('B') });
    history = draftHistoryReducer(history, { type: 'undo' });
    expect(history.present.story.title).toBe('A');
    history = draftHistoryReducer(history, { type: 'undo' });
    expect(history.present).toBe(start);
    expect(draftHistoryReducer(history, { type: 'undo' })).toBe(history);
    history = draftHistoryReducer(history, { type: 'redo' });
    expect(history.present.story.title).toBe('A');
    history = draftHistoryReducer(history, { type: 'change', draft: titled('C') });
    expect(history.future).toEqual([]);
    expect(draftHistoryReducer(history, { type: 'redo' })).toBe(history);
  });

  it('takes typing in one field as one step, and typing in another as the next', () => {
    let history = startHistory(start);
    for (const title of ['T', 'Ti', 'Tit']) {
      history = draftHistoryReducer(history, { type: 'change', draft: titled(title), typingIn: 'title' });
    }
    history = draftHistoryReducer(history, {
      type: 'change',
      draft: withStory(history.present, { summary: 'S' }),
      typingIn: 'summary',
    });
    expect(history.past).toHaveLength(2);
    history = draftHistoryReducer(history, { type: 'undo' });
    expect(history.present.story.title).toBe('Tit');
    history = draftHistoryReducer(history, { type: 'undo' });
    expect(history.present.story.title).toBe('');
  });

  it('starts afresh on a draft from storage or another tab', () => {
    const history = draftHistoryReducer(
      draftHistoryReducer(startHistory(start), { type: 'change', draft: titled('A') }),
      { type: 'replace', draft: titled('Theirs') },
    );
    expect(history).toEqual(startHistory(titled('Theirs')));
  });
});
