import { use } from 'react';
import { PrintPreparationContext } from './PrintPreparationContext.ts';
import '../../ui/ui.css';
import './printHandoutButton.css';

/**
 * Opens the browser's print dialog. The handout is the page itself under print styles (print.css), so this does no
 * more than Ctrl+P, but for one thing: it waits for the handout if its code has not arrived yet. It is here so that a
 * teacher finds it.
 */
export function PrintHandoutButton() {
  const { prepare, failed, dismissFailure } = use(PrintPreparationContext);

  async function print() {
    if (await prepare()) window.print();
  }

  return (
    <>
      <button type="button" className="map-toolbar__button" onClick={() => void print()}>
        Print handout
      </button>
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
