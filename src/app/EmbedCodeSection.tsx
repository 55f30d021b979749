import { withWords } from '../i18n/i18n.ts';
import { useId, useState } from 'react';
import { useI18n } from '../ui/i18n/LanguageContext.tsx';
import { Say } from '../ui/i18n/Say.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { lazyPart } from './lazyPart.tsx';

const EmbedCode = lazyPart(
  () => withWords(() => import('../panels/mapTools/EmbedCode.tsx')).then((module) => module.EmbedCode),
  <p>
    <Say message={/*i18n*/ { id: 'embed.preparing', message: 'Preparing the code…' }} />
  </p>,
);

interface EmbedCodeSectionProps {
  title: string;
}

/** "Embed this map" in the map's tools panel; the code that writes the frame is fetched when asked for. */
export function EmbedCodeSection({ title }: EmbedCodeSectionProps) {
  const headingId = useId();
  const i18n = useI18n();
  // Each press reads the address afresh: the key remounts the field with the view as it is now.
  const [asked, setAsked] = useState(0);
  return (
    <section className="map-controls__group embed-code" aria-labelledby={headingId}>
      <h2 id={headingId} className="map-controls__legend">
        {i18n._({ id: 'embed.heading', message: 'Embed this map' })}
      </h2>
      <button type="button" className="map-controls__inline-button" onClick={() => setAsked((count) => count + 1)}>
        {i18n._({ id: 'embed.getCode', message: 'Get the code for this view' })}
      </button>
      {asked > 0 && (
        <ErrorBoundary part="embed code">
          <EmbedCode key={asked} title={title} />
        </ErrorBoundary>
      )}
    </section>
  );
}
