import { StoryText } from '../../ui/i18n/StoryText.tsx';
import { useI18n } from '../../ui/i18n/LanguageContext.tsx';
import type { PartyMark } from '../../data/symbols/partyMarks.ts';
import type { Credit } from '../../model/story.ts';
import { IncidentSymbolSvg } from '../../ui/symbols/IncidentSymbolSvg.tsx';

interface HandoutKeyProps {
  credits: readonly Credit[];
  /** Whether the story draws a band along a border, which the key then says is a drawing aid. */
  hasBand: boolean;
}

const KEY_MARK: PartyMark = { colour: '#5f5a53', glyph: '' };

/** How to read the printed map: which marks are exact and which approximate, and what the lines are. */
export function HandoutKey({ credits, hasBand }: HandoutKeyProps) {
  const i18n = useI18n();
  const notes = credits.flatMap((credit) => (credit.note === undefined ? [] : [credit.note]));
  return (
    <section className="handout-key" aria-label={i18n._({ id: 'handout.key', message: 'How to read the map' })}>
      <h2 className="handout__heading">{i18n._({ id: 'handout.key', message: 'How to read the map' })}</h2>
      <ul>
        <li>
          <IncidentSymbolSvg kind="strike" mark={KEY_MARK} approximate={false} sizePx={18} />{' '}
          {i18n._({
            id: 'handout.keyFilled',
            message:
              'A filled mark stands on the exact site (for a statement, where it was issued; for a reference place, the place itself).',
          })}
        </li>
        <li>
          <IncidentSymbolSvg kind="strike" mark={KEY_MARK} approximate sizePx={18} />{' '}
          {i18n._({
            id: 'handout.keyHollow',
            message:
              'A hollow mark with a dashed edge is an approximate place: it sits on a nearby town or the centre of an area, and the dashed circle round it is a guide drawn by the map’s authors, not a bound.',
          })}
        </li>
        {hasBand && (
          <li>
            {i18n._({
              id: 'handout.keyBand',
              message:
                'The hatched band along the border is a visual aid chosen by the map’s authors, not a legal or military zone.',
            })}
          </li>
        )}
        {notes.map((note) => (
          <li key={note}>
            <StoryText>{note}</StoryText>
          </li>
        ))}
      </ul>
    </section>
  );
}
