import type { StoryTranslation } from '../../model/translation.ts';
import { useI18n } from './LanguageContext.tsx';
import { StoryText } from './StoryText.tsx';
import { translateNodes } from './translateNodes.tsx';
import './translationNote.css';

/** Says that the author's text on screen is a translation, by whom, and whether a fluent reader has checked it. */
export function TranslationNote({ translation }: { translation: StoryTranslation }) {
  const i18n = useI18n();
  const by = { by: <StoryText>{translation.by}</StoryText> };
  return (
    <p className="translation-note">
      {translation.machineAssisted
        ? translateNodes(
            i18n,
            /*i18n*/ {
              id: 'translation.machine',
              message: 'Machine-assisted translation by {by}, awaiting review by a native speaker.',
            },
            by,
          )
        : translateNodes(i18n, /*i18n*/ { id: 'translation.human', message: 'Translation by {by}.' }, by)}
    </p>
  );
}
