import type { IncidentPlace, IncidentTime, OutsideSource } from '../../model/incident.ts';
import { OutsideSourceLink } from './OutsideSourceLink.tsx';

interface TimeAndPlaceNotesProps {
  when: IncidentTime | null;
  place: IncidentPlace;
  sources: readonly OutsideSource[];
}

/** How the sources word the time and the place, and where the marker's position comes from. */
export function TimeAndPlaceNotes({ when, place, sources }: TimeAndPlaceNotesProps) {
  const coordinateSource = sources.find((source) => source.id === place.coordinateSourceId);
  return (
    <div className="fine-print">
      {when?.note && <p>{when.note}</p>}
      <p>
        {place.description}
        {place.variants.length > 0 && ` Also written ${place.variants.join(', ')}.`}
      </p>
      {coordinateSource !== undefined && (
        <p>
          Marker position from <OutsideSourceLink source={coordinateSource} />.
        </p>
      )}
    </div>
  );
}
