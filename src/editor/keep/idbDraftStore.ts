import { createStore, del, get, set, values } from 'idb-keyval';
import type { DraftStore } from './draftKeeping.ts';
import { readKeptDraft } from './readDraftFile.ts';

/** The drafts in this browser's IndexedDB, in a database of the editor's own. */
export function idbDraftStore(): DraftStore {
  const store = createStore('citemap-editor', 'drafts');
  return {
    // What storage gives back is checked like any input: another version of the app may have written it.
    get: (key) =>
      get<unknown>(key, store).then((value) => (value === undefined ? undefined : (readKeptDraft(value) ?? undefined))),
    set: (key, value) => set(key, value, store),
    delete: (key) => del(key, store),
    all: () =>
      values<unknown>(store).then((all) =>
        all.flatMap((value) => {
          const kept = readKeptDraft(value);
          return kept === null ? [] : [kept];
        }),
      ),
  };
}
