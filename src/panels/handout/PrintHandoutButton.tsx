import { useI18n } from '../../ui/i18n/LanguageContext.tsx';
import { use, useEffect, useId, useRef, useState } from 'react';
import { PrintPreparationContext } from './PrintPreparationContext.ts';
import '../../ui/ui.css';
import './printHandoutButton.css';

interface PrintHandoutButtonProps {
  /** Offer the worksheet too: the story's tour asks questions. */
  withWorksheet?: boolean;
}

/** What is printed: the short handout (Ctrl+P's too), the handout with the full record, or the worksheet. */
type PrintMode = 'handout' | 'handout-full' | 'worksheet';

/** Prints one mode this once: the page is marked for it, and Ctrl+P afterwards prints the short handout again. */
function printAs(mode: PrintMode) {
  const root = document.documentElement;
  if (mode !== 'handout') {
    root.dataset.print = mode;
    window.addEventListener('afterprint', () => delete root.dataset.print, { once: true });
  }
  window.print();
}

/**
 * Opens the browser's print dialog: for the short handout (the pages a student reads), or, under "More to print", the
 * handout with the full record as an appendix, or the worksheet with its answer key. Each is the page itself under
 * print styles (print.css, handout.css), so the button does no more than Ctrl+P but for one thing: it waits for the
 * handout's code if it has not arrived yet. It is here so that a teacher finds it.
 */
export function PrintHandoutButton({ withWorksheet = false }: PrintHandoutButtonProps) {
  const { prepare, failed, dismissFailure } = use(PrintPreparationContext);
  const [moreOpen, setMoreOpen] = useState(false);
  const moreId = useId();
  const moreRef = useRef<HTMLDivElement>(null);
  const i18n = useI18n();

  // The options close once the reader is elsewhere: focus moved past them (Tab) or a press outside them. Left open,
  // they stayed over the map with Escape no longer reaching them. Focus landing elsewhere, not the toggle's blur: a
  // browser that does not focus a pressed button (Safari) would close them under the pointer on its way to an option.
  useEffect(() => {
    if (!moreOpen) return;
    function closeIfElsewhere(event: Event) {
      if (event.target instanceof Node && moreRef.current?.contains(event.target) !== true) setMoreOpen(false);
    }
    document.addEventListener('focusin', closeIfElsewhere);
    document.addEventListener('pointerdown', closeIfElsewhere);
    return () => {
      document.removeEventListener('focusin', closeIfElsewhere);
      document.removeEventListener('pointerdown', closeIfElsewhere);
    };
  }, [moreOpen]);

  async function print(mode: PrintMode) {
    setMoreOpen(false);
    if (await prepare()) printAs(mode);
  }

  return (
    <>
      <button type="button" className="map-toolbar__button" onClick={() => void print('handout')}>
        {i18n._({ id: 'print.handout', message: 'Print handout' })}
      </button>
      {/* Escape closes the options, as it closes the layers panel. */}
      {/* eslint-disable-next-line jsx-a11y-x/no-static-element-interactions -- catches Escape from the buttons inside */}
      <div
        ref={moreRef}
        className="print-more"
        onKeyDown={(event) => {
          if (event.key === 'Escape' && moreOpen) {
            event.stopPropagation();
            setMoreOpen(false);
          }
        }}
      >
        <button
          type="button"
          className="map-toolbar__button"
          aria-expanded={moreOpen}
          aria-controls={moreId}
          onClick={() => setMoreOpen((open) => !open)}
        >
          {i18n._({ id: 'print.more', message: 'More to print' })}
        </button>
        <div id={moreId} className="print-more__options" hidden={!moreOpen}>
          <button type="button" className="map-toolbar__button" onClick={() => void print('handout-full')}>
            {i18n._({ id: 'print.full', message: 'Handout with the full record' })}
          </button>
          {withWorksheet && (
            <button type="button" className="map-toolbar__button" onClick={() => void print('worksheet')}>
              {i18n._({ id: 'print.worksheet', message: 'Worksheet and answer key' })}
            </button>
          )}
        </div>
      </div>
      {failed && (
        <div className="print-handout-failure" role="alert">
          <p>
            {i18n._({
              id: 'print.failed',
              message:
                'The handout could not be downloaded, so it would be missing from the paper. Check the connection and press “Print handout” again; if Citemap has been updated since this page was opened, reload the page.',
            })}
          </p>
          <button type="button" className="map-controls__inline-button" onClick={dismissFailure}>
            {i18n._({ id: 'common.dismiss', message: 'Dismiss' })}
          </button>
        </div>
      )}
    </>
  );
}
