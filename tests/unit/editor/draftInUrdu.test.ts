import { beforeAll, describe, expect, it } from 'vitest';
import { checkDraft } from '../../../src/editor/draft/checkDraft.ts';
import { emptyDraft } from '../../../src/editor/draft/storyDraft.ts';
import { loadI18n, loadPart, type I18n } from '../../../src/i18n/i18n.ts';

// The editor in Urdu: its draft's problems and the default words it writes into a new story are the author's
// language, as the rest of what the author writes; the field each problem is about keeps its path.

const ARABIC_SCRIPT = /\p{Script=Arabic}/u;

let urdu: I18n;

beforeAll(async () => {
  urdu = await loadI18n('ur');
  await Promise.all([loadPart('editor'), loadPart('checks')]);
});

describe('a new draft in Urdu', () => {
  it('says what is still empty in Urdu, filed under the field’s own path', () => {
    const check = checkDraft(emptyDraft('k', urdu), urdu);
    const title = check.byPath.get('title');
    expect(title).toHaveLength(1);
    expect(title?.[0]).toMatch(ARABIC_SCRIPT);
    expect(title?.[0]).not.toMatch(/[A-Za-z]{3,}/);
    for (const problem of check.problems) {
      expect(problem.origin).toMatch(ARABIC_SCRIPT);
      expect(problem.message).toMatch(ARABIC_SCRIPT);
    }
  });

  it('writes its default words in Urdu', () => {
    expect(emptyDraft('k', urdu).story.article.titleSource).toMatch(ARABIC_SCRIPT);
  });
});
