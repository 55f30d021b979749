interface PresentButtonProps {
  onPresent: () => void;
}

/** Starts the story's tour in presentation mode; the key P does the same from anywhere outside a text field. */
export function PresentButton({ onPresent }: PresentButtonProps) {
  return (
    <button
      type="button"
      className="map-toolbar__button"
      aria-keyshortcuts="P"
      title="Present the tour (P)"
      onClick={onPresent}
    >
      Present
    </button>
  );
}
