import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { LanguageProvider } from './app/LanguageProvider.tsx';
import { initialLocale, loadFontsFor } from './app/languageOfPage.ts';
import { loadI18n, onWordsMissing } from './i18n/i18n.ts';
import { storyDataUrls } from './data/load/storyDataUrls.ts';
import { TILE_SOURCE } from './map/basemap/tileSource.ts';
import './app/app.css';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no element with id "root" to draw the app in');

if (import.meta.env.PROD) {
  onWordsMissing((id, locale) => console.error(`Citemap: message ${id} has no words in ${locale}`));
}

const locale = initialLocale();
// The chosen language's catalog and font are loaded before the first render: no English first, no layout shift.
void Promise.all([loadI18n(locale), loadFontsFor(locale)]).then(([i18n]) =>
  createRoot(root).render(
    <StrictMode>
      <LanguageProvider initial={{ locale, i18n }}>
        <App
          urls={{
            ...storyDataUrls(import.meta.env.BASE_URL, import.meta.env.VITE_STORY_ID),
            // None when the build found no file to fingerprint: then it is validated as any other.
            trustedStory: import.meta.env.VITE_TRUSTED_STORY ?? undefined,
            trustedBasemap: import.meta.env.VITE_TRUSTED_BASEMAP ?? undefined,
          }}
          tileSource={TILE_SOURCE}
          builtStoryFrame={import.meta.env.VITE_STORY_BOUNDS}
        />
      </LanguageProvider>
    </StrictMode>,
  ),
);
