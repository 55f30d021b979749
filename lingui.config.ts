import { resolve } from 'node:path';
import { defineConfig } from '@lingui/conf';
import { formatter } from '@lingui/format-po';
import { belongsToPart, CATALOG_PARTS } from './vite-plugins/catalogParts.ts';
import { modulesReachedFrom, sourceModulesUnder } from './vite-plugins/moduleGraph.ts';

const SRC = resolve(import.meta.dirname, 'src');

const isEditorFile = (path: string) => belongsToPart('editor', SRC, path);
const isChecksFile = (path: string) => belongsToPart('checks', SRC, path);

/** What the page's first load fetches: the modules the entry reaches by static imports. */
const firstLoad = modulesReachedFrom(resolve(SRC, 'main.tsx'), { dynamic: false }).files;
const viewerFiles = sourceModulesUnder(SRC).filter(
  (path) => !isEditorFile(path) && !isChecksFile(path) && !path.startsWith(resolve(SRC, 'i18n/catalogs')),
);

/**
 * The interface's catalogs: `npx lingui extract` reads every `i18n._({ id, message })` and `/*i18n*\/` descriptor in
 * src/, `npx lingui compile --strict --typescript` turns them into the modules the app imports. The viewer's words are
 * split by when their code loads, so that the first load carries only the words the first load can show: English
 * for the modules the entry imports comes with the page; the words of code fetched on demand (presentation, handout,
 * pan buttons, region popups, embed code…) come with it (src/i18n/i18n.ts, loadPart), and so do the editor's and the
 * data checks'. Which
 * is which is read from the import statements, so that moving an import moves its words at the next extract.
 * tests/unit/i18n/catalogs.test.ts fails when a catalog is stale or misses a message.
 */
export default defineConfig({
  sourceLocale: 'en',
  locales: ['en', 'ur', 'fa', 'hi'],
  catalogs: [
    {
      path: '<rootDir>/src/i18n/catalogs/{locale}',
      include: viewerFiles.filter((path) => firstLoad.has(path)),
    },
    {
      path: '<rootDir>/src/i18n/catalogs/onDemand/{locale}',
      include: viewerFiles.filter((path) => !firstLoad.has(path)),
    },
    {
      path: '<rootDir>/src/i18n/catalogs/editor/{locale}',
      include: CATALOG_PARTS.editor.map((folder) => resolve(SRC, folder)),
    },
    // The data checks' words (what is wrong with a story file, a link or the editor's draft) come with the checks,
    // which load on demand, never with the first load.
    {
      path: '<rootDir>/src/i18n/catalogs/checks/{locale}',
      include: CATALOG_PARTS.checks.map((path) => resolve(SRC, path)),
    },
  ],
  format: formatter({ origins: false, lineNumbers: false }),
  orderBy: 'messageId',
  compileNamespace: 'ts',
});
