import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { LanguageProvider } from './app/LanguageProvider.tsx';
import { initialLocale, loadFontsFor } from './app/languageOfPage.ts';
import { settledWithin, startOpeningStory } from './app/openingStory.ts';
import { loadI18n, onWordsMissing } from './i18n/i18n.ts';
import { prepareDateFormatting } from './data/time/formatCalendarDate.ts';
import { storyDataUrls, type StoryDataUrls } from './data/load/storyDataUrls.ts';
import { TILE_SOURCE } from './map/basemap/tileSource.ts';
import { parseStorySource } from './state/storySource.ts';
import './app/app.css';

/**
 * How long the first render waits for the build's own story, once the language is ready. A preloaded story checked
 * by its hash is in hand within a few milliseconds of the scripts: the page then renders the map at once. Past this,
 * the page renders its loading layout (with the progress of a large story) and the story follows.
 */
const OPENING_STORY_WAIT_MS = 400;

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no element with id "root" to draw the app in');

if (import.meta.env.PROD) {
  onWordsMissing((id, locale) => console.error(`Citemap: message ${id} has no words in ${locale}`));
}

const urls: StoryDataUrls = {
  ...storyDataUrls(import.meta.env.BASE_URL, import.meta.env.VITE_STORY_ID),
  // None when the build found no file to fingerprint: then it is validated as any other.
  trustedStory: import.meta.env.VITE_TRUSTED_STORY ?? undefined,
  trustedBasemap: import.meta.env.VITE_TRUSTED_BASEMAP ?? undefined,
};
const opensBuiltStory = parseStorySource(window.location.search, window.location.href).kind === 'default';

const locale = initialLocale();
// The chosen language's catalog and font are loaded before the first render: no English first, no layout shift. The
// build's own story is read meanwhile (its problems, if any, are worded in that language).
void Promise.all([
  loadI18n(locale).then(async (i18n) => {
    const opening = opensBuiltStory ? startOpeningStory(urls, i18n) : null;
    prepareDateFormatting(i18n);
    const settled = opening === null ? null : await settledWithin(opening.result, OPENING_STORY_WAIT_MS);
    return { i18n, openingStory: opening === null ? undefined : { ...opening, settled } };
  }),
  loadFontsFor(locale),
]).then(([{ i18n, openingStory }]) =>
  createRoot(root).render(
    <StrictMode>
      <LanguageProvider initial={{ locale, i18n }}>
        <App
          urls={urls}
          openingStory={openingStory}
          tileSource={TILE_SOURCE}
          builtStoryFrame={import.meta.env.VITE_STORY_BOUNDS}
        />
      </LanguageProvider>
    </StrictMode>,
  ),
);
