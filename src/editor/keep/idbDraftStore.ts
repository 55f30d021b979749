import { createStore, del, get, promisifyRequest, values } from 'idb-keyval';
import type { DraftStore } from './draftKeeping.ts';
import { readKeptDraft } from './readDraftFile.ts';

/** The drafts in this browser's IndexedDB, in a database of the editor's own. */
export function idbDraftStore(): DraftStore {
  const store = createStore('citemap-editor', 'drafts');
  return {
    // What storage gives back is checked like any input: another version of the app may have written it.
    get: (key) =>
      get<unknown>(key, store).then((value) => (value === undefined ? undefined : (readKeptDraft(value) ?? undefined))),
    // idb-keyval's set, but asking the browser to commit at once (IndexedDB 3.0's commit()) rather than when the
    // transaction has nothing more to do: a save asked for as the page is left or reloaded was otherwise aborted
    // with the page, and the last change lost.
    set: (key, value) =>
      store('readwrite', (objects) => {
        objects.put(value, key);
        objects.transaction.commit();
        return promisifyRequest(objects.transaction);
      }),
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
