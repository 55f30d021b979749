import { use } from 'react';
import { PrintPreparationContext } from './PrintPreparationContext.ts';
import './controls.css';

/**
 * Opens the browser's print dialog. The handout is the page itself under print styles (print.css), so this does no
 * more than Ctrl+P, but for one thing: it waits for the handout if its code has not arrived yet. It is here so that a
 * teacher finds it.
 */
interface PrintHandoutButtonProps {
  /** Offer the worksheet too: the story's tour asks questions. */
  withWorksheet?: boolean;
}

/** Prints the worksheet in place of the handout, this once: Ctrl+P afterwards prints the handout again. */
function printWorksheet() {
  const root = document.documentElement;
  root.dataset.print = 'worksheet';
  const restore = () => delete root.dataset.print;
  window.addEventListener('afterprint', restore, { once: true });
  window.print();
}

export function PrintHandoutButton({ withWorksheet = false }: PrintHandoutButtonProps) {
  const { prepare, failed, dismissFailure } = use(PrintPreparationContext);

  async function print(what: 'handout' | 'worksheet') {
    if (!(await prepare())) return;
    if (what === 'worksheet') printWorksheet();
    else window.print();
  }

  return (
    <>
      <button type="button" className="map-toolbar__button" onClick={() => void print('handout')}>
        Print handout
      </button>
      {withWorksheet && (
        <button type="button" className="map-toolbar__button" onClick={() => void print('worksheet')}>
          Print worksheet
        </button>
      )}
      {failed && (
        <div className="print-handout-failure" role="alert">
          <p>
            The handout could not be downloaded, so it would be missing from the paper. Check the connection and press
            “Print handout” again; if Citemap has been updated since this page was opened, reload the page.
          </p>
          <button type="button" className="map-controls__inline-button" onClick={dismissFailure}>
            Dismiss
          </button>
        </div>
      )}
    </>
  );
}
