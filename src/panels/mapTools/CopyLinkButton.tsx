import { useI18n } from '../../ui/i18n/LanguageContext.tsx';
import { useEffect, useId, useRef, useState } from 'react';
import '../../ui/ui.css';
import './controls.css';

/** How long "Link copied" stays before the button is quiet again. */
const COPIED_NOTICE_MS = 4000;

type CopyState = { step: 'idle' } | { step: 'copied' } | { step: 'fallback'; link: string };

/**
 * Copies the page's address, which holds the whole view (selection, layers, map). Where the browser will not let a
 * page write to the clipboard (no permission, or not a secure context), it shows the link selected in a read-only
 * field instead, for the reader to copy by hand.
 */
export function CopyLinkButton() {
  const [state, setState] = useState<CopyState>({ step: 'idle' });
  const fieldRef = useRef<HTMLInputElement>(null);
  const fieldId = useId();
  const i18n = useI18n();

  async function copyLink() {
    const link = window.location.href;
    try {
      // `clipboard` is missing outside secure contexts: the TypeError lands in the same fallback as a refusal.
      await navigator.clipboard.writeText(link);
      setState({ step: 'copied' });
    } catch {
      setState({ step: 'fallback', link });
    }
  }

  useEffect(
    function selectTheLinkToCopyByHand() {
      if (state.step !== 'fallback') return;
      fieldRef.current?.focus();
      fieldRef.current?.select();
    },
    [state],
  );

  useEffect(
    function quietenAfterAWhile() {
      if (state.step !== 'copied') return undefined;
      const timer = window.setTimeout(() => setState({ step: 'idle' }), COPIED_NOTICE_MS);
      return () => window.clearTimeout(timer);
    },
    [state],
  );

  return (
    <div className="copy-link">
      <button type="button" className="map-toolbar__button" onClick={() => void copyLink()}>
        {i18n._({ id: 'toolbar.copyLink', message: 'Copy link' })}
      </button>
      <span className="copy-link__status" aria-live="polite">
        {state.step === 'copied' ? i18n._({ id: 'toolbar.linkCopied', message: 'Link copied' }) : ''}
      </span>
      {state.step === 'fallback' && (
        <div className="copy-link__fallback">
          <label htmlFor={fieldId}>
            {i18n._({
              id: 'toolbar.copyByHand',
              message: 'The browser did not allow copying. Copy this link by hand:',
            })}
          </label>
          <input
            id={fieldId}
            ref={fieldRef}
            className="copy-link__field"
            type="text"
            readOnly
            value={state.link}
            onFocus={(event) => event.currentTarget.select()}
          />
          <button type="button" className="map-controls__inline-button" onClick={() => setState({ step: 'idle' })}>
            {i18n._({ id: 'common.done', message: 'Done' })}
          </button>
        </div>
      )}
    </div>
  );
}
