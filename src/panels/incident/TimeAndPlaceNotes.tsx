import { translateNodes } from '../../ui/i18n/translateNodes.tsx';
import { StoryText } from '../../ui/i18n/StoryText.tsx';
import { useI18n } from '../../ui/i18n/LanguageContext.tsx';
import type { IncidentPlace, IncidentTime, OutsideSource } from '../../model/incident.ts';
import { OutsideSourceLink } from './OutsideSourceLink.tsx';

interface TimeAndPlaceNotesProps {
  when: IncidentTime | null;
  place: IncidentPlace;
  sources: readonly OutsideSource[];
}

/** How the sources word the time and the place, and where the marker's position comes from. */
export function TimeAndPlaceNotes({ when, place, sources }: TimeAndPlaceNotesProps) {
  const i18n = useI18n();
  const coordinateSource = sources.find((source) => source.id === place.coordinateSourceId);
  return (
    <div className="fine-print">
      {when?.note && (
        <p>
          <StoryText>{when.note}</StoryText>
        </p>
      )}
      <p>
        <StoryText>{place.description}</StoryText>
        {place.variants.length > 0 && (
          <>
            {' '}
            {translateNodes(
              i18n,
              /*i18n*/ { id: 'place.variants', message: 'Also written {variants}.' },
              {
                variants: <StoryText>{place.variants.join(', ')}</StoryText>,
              },
            )}
          </>
        )}
      </p>
      {coordinateSource !== undefined && (
        <p>
          {translateNodes(
            i18n,
            /*i18n*/ { id: 'place.coordinateSource', message: 'Marker position from {source}.' },
            {
              source: <OutsideSourceLink source={coordinateSource} />,
            },
          )}
        </p>
      )}
    </div>
  );
}
