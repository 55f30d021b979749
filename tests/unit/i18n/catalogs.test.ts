import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compileMessage } from '@lingui/message-utils/compileMessage';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/i18n/locales.ts';
import { belongsToPart } from '../../../vite-plugins/catalogParts.ts';
import { modulesReachedFrom } from '../../../vite-plugins/moduleGraph.ts';

const SRC = join(import.meta.dirname, '../../../src');

/** What the page's first load fetches: lingui.config.ts splits the viewer's words by it. */
const FIRST_LOAD = modulesReachedFrom(join(SRC, 'main.tsx'), { dynamic: false }).files;

/**
 * The interface's catalogs (lingui.config.ts): the viewer's words for its first load, which English loads with the
 * page; the viewer's words for code fetched on demand, which come with that code; the editor's, which come with the
 * editor; and the data checks', which come with the checks. Each holds the messages of its own files, and no other.
 */
const CATALOGS = [
  {
    name: 'the viewer',
    folder: '',
    owns: (path: string) => !isEditorFile(path) && !isChecksFile(path) && FIRST_LOAD.has(path),
  },
  {
    name: 'the viewer, on demand',
    folder: 'onDemand/',
    owns: (path: string) => !isEditorFile(path) && !isChecksFile(path) && !FIRST_LOAD.has(path),
  },
  { name: 'the editor', folder: 'editor/', owns: (path: string) => isEditorFile(path) },
  { name: 'the data checks', folder: 'checks/', owns: (path: string) => isChecksFile(path) },
] as const;

function isChecksFile(path: string): boolean {
  return belongsToPart('checks', SRC, path);
}

function isEditorFile(path: string): boolean {
  return belongsToPart('editor', SRC, path);
}

/** The messages of a PO catalog: msgid → msgstr (plural and select forms are inside the ICU message itself). */
function readPo(folder: string, locale: string): Map<string, string> {
  const text = readFileSync(join(import.meta.dirname, `../../../src/i18n/catalogs/${folder}${locale}.po`), 'utf8');
  const messages = new Map<string, string>();
  const entry = /msgid "((?:[^"\\]|\\.)*)"\nmsgstr "((?:[^"\\]|\\.)*)"/g;
  for (const [, id = '', translation = ''] of text.matchAll(entry)) if (id !== '') messages.set(id, translation);
  return messages;
}

/** The placeholders a message fills in ({title}, {count, plural, …}): a translation must use the same ones. */
function placeholders(message: string): string[] {
  return [...new Set([...message.matchAll(/\{(\w+)[,}]/g)].map((match) => match[1] ?? ''))].sort();
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return name === 'catalogs' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Every message id the code of these files names: `{ id: 'popup.close', message: … }`. */
function idsInCode(owns: (path: string) => boolean): Set<string> {
  const ids = new Set<string>();
  for (const path of sourceFiles(SRC).filter(owns)) {
    for (const [, id = ''] of readFileSync(path, 'utf8').matchAll(/\bid: '([\w.]+)',\s*message:/g)) ids.add(id);
  }
  return ids;
}

/** Catalog strings are PO-escaped; the compiled modules hold them as JSON. */
function unescapePo(text: string): string {
  return text.replace(/\\(["\\])/g, '$1');
}

describe.each(CATALOGS)('the interface’s catalogs: $name', ({ name, folder, owns }) => {
  const english = readPo(folder, 'en');

  it('are extracted from the code as it is (run npx lingui extract after changing a message)', () => {
    expect([...english.keys()].sort()).toEqual([...idsInCode(owns)].sort());
  });

  for (const locale of LOCALES) {
    it(`are compiled for ${locale} as they stand (npx lingui compile --typescript --strict)`, async () => {
      const modulePath = join(import.meta.dirname, `../../../src/i18n/catalogs/${folder}${locale}.ts`);
      const compiled = ((await import(/* @vite-ignore */ pathToFileURL(modulePath).href)) as { messages: object })
        .messages;
      const expected = Object.fromEntries(
        [...readPo(folder, locale)].map(([id, text]) => [
          id,
          compileMessage(unescapePo(text === '' ? (english.get(id) ?? '') : text)),
        ]),
      );
      expect(compiled).toEqual(expected);
    });
  }

  it('hold every message the code asks for (npx lingui extract writes them; this fails if it was not run)', () => {
    if (name === 'the viewer') expect(english.size).toBeGreaterThan(150);
    if (name === 'the viewer, on demand') expect(english.size).toBeGreaterThan(40);
    for (const [id, message] of english) expect(message, id).not.toBe('');
  });

  for (const locale of LOCALES.filter((locale) => locale !== 'en')) {
    it(`translate every message into ${locale}, with the same placeholders`, () => {
      const translated = readPo(folder, locale);
      const missing = [...english.keys()].filter((id) => (translated.get(id) ?? '') === '');
      expect(missing).toEqual([]);
      for (const [id, message] of english)
        expect(placeholders(translated.get(id) ?? ''), id).toEqual(placeholders(message));
    });
  }
});
