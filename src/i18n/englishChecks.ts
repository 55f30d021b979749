import { messages as checks } from './catalogs/checks/en.ts';
import { messages as editor } from './catalogs/editor/en.ts';
import { messages as viewer } from './catalogs/en.ts';
import { i18nFor, type I18n } from './i18n.ts';

/**
 * English with the words of the data checks (and of the editor, which runs them on its draft) at hand at once, for
 * code that runs the checks in Node (the data build, the tests), which always reports in English and has no page to
 * load a part's catalog for. The browser loads the checks'
 * words in the reader's language with `loadPart('checks')` instead, so this module never ships to it.
 */
export const englishChecksI18n: I18n = i18nFor('en', { ...viewer, ...editor, ...checks });
