import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * `{ id: 'popup.casualties', message: 'Casualties' }` is written for the catalogs (npx lingui extract) and for whoever
 * reads the code; the built app reads every language, English included, from its compiled catalog. So the build does
 * what Lingui's Babel macro would: it drops `message: '…'` from the descriptors, so that the words ship once. It also
 * gives each id a short name of one or two characters, in the code and in every compiled catalog alike: a readable id
 * ships twice (in the code that shows the message and in the catalog), and 280 of them in the first load weighed
 * about 1.7 kB gzip. (Hashing the ids, as the macro does, was measured too: shorter raw, but larger gzip, since random
 * characters do not compress. Short names counted in order do.)
 */
const DESCRIPTOR_MESSAGE =
  /(\bid:\s*)'([\w.]+)'(,\s*)message:\s*(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\$]|\\.)*`)\s*(,\s*)?/g;

/** A compiled catalog's keys, inside its JSON string: `{\"popup.casualties\":[…]`. */
const CATALOG_KEY = /([{,])\\"([\w.]+)\\":/g;

/** Ids to the short names the build gives them; an id not in the map keeps its own. */
export type ShortIds = ReadonlyMap<string, string>;

export function stripDescriptorMessages(code: string, shortIds: ShortIds = new Map()): string {
  return code.replace(
    DESCRIPTOR_MESSAGE,
    (_match, before: string, id: string, comma: string) => `${before}'${shortIds.get(id) ?? id}'${comma}`,
  );
}

export function shortenCatalogIds(code: string, shortIds: ShortIds): string {
  return code.replace(CATALOG_KEY, (match, before: string, id: string) => {
    const short = shortIds.get(id);
    return short === undefined ? match : `${before}\\"${short}\\":`;
  });
}

/** Every message id of the source-language catalogs (`en.po` in the folder and below), each given a short name. */
export function shortIdsOfCatalogs(catalogsFolder: string): ShortIds {
  const ids = new Set<string>();
  const visit = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) visit(path);
      else if (name === 'en.po')
        for (const [, id = ''] of readFileSync(path, 'utf8').matchAll(/^msgid "([\w.]+)"$/gm)) ids.add(id);
    }
  };
  visit(catalogsFolder);
  return new Map([...ids].sort().map((id, index) => [id, index.toString(36)]));
}

export function stripMessagesPlugin(catalogsFolder: string): Plugin {
  let shortIds: ShortIds = new Map();
  return {
    name: 'citemap-strip-messages',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      shortIds = shortIdsOfCatalogs(catalogsFolder);
    },
    transform(code, id) {
      if (!/\/src\/.*\.tsx?$/.test(id)) return null;
      if (id.includes('/src/i18n/catalogs/')) return { code: shortenCatalogIds(code, shortIds), map: null };
      if (!code.includes('message:')) return null;
      return { code: stripDescriptorMessages(code, shortIds), map: null };
    },
  };
}
