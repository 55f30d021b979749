import { translateNodes } from '../../ui/i18n/translateNodes.tsx';
import { StoryText } from '../../ui/i18n/StoryText.tsx';
import { useI18n } from '../../ui/i18n/LanguageContext.tsx';
import type { ReportedDistance } from '../../model/incident.ts';
import { CitationNote } from './CitationNote.tsx';

interface ReportedDistanceListProps {
  distances: readonly ReportedDistance[];
}

/** Distances the sources give for the event itself, each with who gave it: what the marker's own distance is not. */
export function ReportedDistanceList({ distances }: ReportedDistanceListProps) {
  const i18n = useI18n();
  return (
    <ul
      className="incident-popup__reported"
      aria-label={i18n._({ id: 'popup.reportedDistances', message: 'Distances the sources report' })}
    >
      {distances.map((distance, index) => (
        <li key={`${distance.claimedBy}-${index}`}>
          <StoryText as="strong">{distance.claimedBy}:</StoryText>{' '}
          {translateNodes(
            i18n,
            distance.minKm === distance.maxKm
              ? /*i18n*/ { id: 'distance.about', message: 'about {minKm, number} km from {from}.' }
              : /*i18n*/ { id: 'distance.range', message: '{minKm, number}–{maxKm, number} km from {from}.' },
            { from: <StoryText>{distance.from}</StoryText> },
            { minKm: distance.minKm, maxKm: distance.maxKm },
          )}{' '}
          <CitationNote citation={distance.citation} />
        </li>
      ))}
    </ul>
  );
}
