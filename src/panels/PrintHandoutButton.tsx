import './controls.css';

/**
 * Opens the browser's print dialog. The handout is the page itself under print styles (print.css), so this does no
 * more than Ctrl+P; it is here so that a teacher finds it.
 */
export function PrintHandoutButton() {
  return (
    <button type="button" className="map-toolbar__button" onClick={() => window.print()}>
      Print handout
    </button>
  );
}
