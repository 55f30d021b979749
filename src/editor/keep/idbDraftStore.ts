import { createStore, del, get, set, values } from 'idb-keyval';
import type { DraftStore, KeptDraft } from './draftKeeping.ts';

/** The drafts in this browser's IndexedDB, in a database of the editor's own. */
export function idbDraftStore(): DraftStore {
  const store = createStore('citemap-editor', 'drafts');
  return {
    get: (key) => get<KeptDraft>(key, store),
    set: (key, value) => set(key, value, store),
    delete: (key) => del(key, store),
    all: () => values<KeptDraft>(store),
  };
}
