import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  shortenCatalogIds,
  shortIdsOfCatalogs,
  stripDescriptorMessages,
} from '../../../vite-plugins/stripMessagesPlugin.ts';
import { messages as englishCatalog } from '../../../src/i18n/catalogs/en.ts';

describe('stripDescriptorMessages', () => {
  it('drops the English of a descriptor and keeps its id and values', () => {
    const code = `i18n._({ id: 'a.b', message: 'It\\'s {n}', values: { n } }); x({\n  id: 'c.d',\n  message:\n    "Two \\"words\\"",\n})`;
    expect(stripDescriptorMessages(code)).toBe(`i18n._({ id: 'a.b', values: { n } }); x({\n  id: 'c.d',\n  })`);
  });

  it('leaves an object that is not a message alone', () => {
    const code = `({ id: 'strike-1', title: 'x' }); ({ message: 'hello' })`;
    expect(stripDescriptorMessages(code)).toBe(code);
  });

  it('gives a descriptor its id’s short name, and only a descriptor', () => {
    const shortIds = new Map([
      ['a.b', '0'],
      ['strike-1', '1'],
    ]);
    const code = `i18n._({ id: 'a.b', message: 'It {n}', values: { n } }); ({ id: 'strike-1', title: 'x' })`;
    expect(stripDescriptorMessages(code, shortIds)).toBe(
      `i18n._({ id: '0', values: { n } }); ({ id: 'strike-1', title: 'x' })`,
    );
  });
});

describe('short message ids', () => {
  const shortIds = shortIdsOfCatalogs(join(import.meta.dirname, '../../../src/i18n/catalogs'));

  it('name every message of every catalog, each differently, in one or two characters', () => {
    expect(shortIds.get('popup.casualties')).toBeDefined();
    // The viewer's words for code fetched on demand, and the editor's.
    expect(shortIds.get('handout.aimedAt')).toBeDefined();
    expect([...shortIds.keys()].some((id) => id.startsWith('editor.'))).toBe(true);
    expect(new Set(shortIds.values()).size).toBe(shortIds.size);
    for (const short of shortIds.values()) expect(short).toMatch(/^[0-9a-z]{1,2}$/);
  });

  it('rename a compiled catalog’s keys and keep its words', () => {
    const code = `export const messages=JSON.parse(${JSON.stringify(JSON.stringify(englishCatalog))});`;
    const renamed = shortenCatalogIds(code, shortIds);
    const parsed = JSON.parse(JSON.parse(renamed.slice(renamed.indexOf('(') + 1, -2)) as string) as object;
    const expected = Object.fromEntries(
      Object.entries(englishCatalog).map(([id, words]) => [shortIds.get(id) ?? `missing ${id}`, words]),
    );
    expect(parsed).toEqual(expected);
  });
});
