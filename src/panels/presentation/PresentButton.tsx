import { useI18n } from '../../ui/i18n/LanguageContext.tsx';
interface PresentButtonProps {
  onPresent: () => void;
}

/** Starts the story's tour in presentation mode; the key P does the same from anywhere outside a text field. */
export function PresentButton({ onPresent }: PresentButtonProps) {
  const i18n = useI18n();
  return (
    <button
      type="button"
      className="map-toolbar__button"
      aria-keyshortcuts="P"
      title={i18n._({ id: 'present.title', message: 'Present the tour (P)' })}
      onClick={onPresent}
    >
      {i18n._({ id: 'present.button', message: 'Present' })}
    </button>
  );
}
