import { useEffect, useState } from 'react';

/**
 * Fetches the embed layout's styles for a framed page only, so that a full page's first load carries none of them;
 * true once they are in (or could not be fetched: the page then shows in its ordinary layout rather than not at all).
 * Until then the framed app stays invisible (app.css), sparing the reader a flash of the full-page layout.
 */
export function useEmbedLayout(embedded: boolean): boolean {
  const [ready, setReady] = useState(false);
  useEffect(
    function loadEmbedStyles() {
      if (!embedded) return;
      import('./embedLayout.ts').then(
        () => setReady(true),
        () => setReady(true),
      );
    },
    [embedded],
  );
  return ready;
}
