import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { storyDataUrls } from './data/load/storyDataUrls.ts';
import { TILE_SOURCE } from './map/basemap/tileSource.ts';
import './app/app.css';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no element with id "root" to draw the app in');

createRoot(root).render(
  <StrictMode>
    <App
      urls={{
        ...storyDataUrls(import.meta.env.BASE_URL, import.meta.env.VITE_STORY_ID),
        // Empty when the build found no story file to hash: then it is validated as any other.
        storySha256: import.meta.env.VITE_STORY_SHA256 || undefined,
      }}
      tileSource={TILE_SOURCE}
    />
  </StrictMode>,
);
