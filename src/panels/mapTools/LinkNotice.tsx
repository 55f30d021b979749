import { useI18n } from '../../ui/i18n/LanguageContext.tsx';
import { useState } from 'react';
import '../../ui/ui.css';
import './controls.css';

interface LinkNoticeProps {
  /** One line per part of the link that could not be used, as the URL reader words them. */
  problems: readonly string[];
}

/**
 * Says quietly which parts of an opened link were not used, so a reader knows the view is not quite what was sent.
 * The map works regardless, with defaults for those parts. Give it a key from the problems so it shows again for a
 * different link.
 */
export function LinkNotice({ problems }: LinkNoticeProps) {
  const [dismissed, setDismissed] = useState(false);
  const i18n = useI18n();
  if (dismissed || problems.length === 0) return null;
  return (
    <section className="link-notice" aria-label={i18n._({ id: 'linkNotice.label', message: 'About this link' })}>
      <p className="link-notice__text">
        {i18n._({
          id: 'linkNotice.text',
          message: 'Parts of this link could not be used, so the map shows its defaults for them:',
        })}
      </p>
      <ul className="link-notice__problems">
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
      <button
        type="button"
        className="map-controls__inline-button link-notice__dismiss"
        onClick={() => setDismissed(true)}
      >
        {i18n._({ id: 'common.dismiss', message: 'Dismiss' })}
      </button>
    </section>
  );
}
