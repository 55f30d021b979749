import { defineConfig } from '@lingui/conf';
import { formatter } from '@lingui/format-po';

/**
 * The interface's catalogs: `npx lingui extract` reads every `i18n._({ id, message })` and `/*i18n*\/` descriptor in
 * src/, `npx lingui compile --strict --typescript` turns them into the modules the app imports (English eagerly, the
 * others on demand; a part loaded on demand, the editor, has catalogs of its own that come with it).
 * tests/unit/i18n/catalogs.test.ts fails when a catalog is stale or misses a message.
 */
export default defineConfig({
  sourceLocale: 'en',
  locales: ['en', 'ur', 'fa', 'hi'],
  catalogs: [
    {
      path: '<rootDir>/src/i18n/catalogs/{locale}',
      include: ['<rootDir>/src'],
      exclude: [
        '<rootDir>/src/editor/**',
        '<rootDir>/src/map/placing/**',
        '<rootDir>/src/data/load/**',
        '<rootDir>/src/state/describeStorySourceRefusal.ts',
      ],
    },
    // The story editor's words come with the editor, not with the viewer's first load (src/i18n/i18n.ts, loadPart).
    {
      path: '<rootDir>/src/i18n/catalogs/editor/{locale}',
      include: ['<rootDir>/src/editor', '<rootDir>/src/map/placing'],
    },
    // The data checks' words (what is wrong with a story file, a link or the editor's draft) come with the checks,
    // which load on demand, never with the first load.
    {
      path: '<rootDir>/src/i18n/catalogs/checks/{locale}',
      include: ['<rootDir>/src/data/load', '<rootDir>/src/state/describeStorySourceRefusal.ts'],
    },
  ],
  format: formatter({ origins: false, lineNumbers: false }),
  orderBy: 'messageId',
  compileNamespace: 'ts',
});
