import type { Passage } from '../../model/article.ts';
import type { OutsideSource, ReportedDistance } from '../../model/incident.ts';
import { CitationNote } from './CitationNote.tsx';

interface ReportedDistanceListProps {
  distances: readonly ReportedDistance[];
  passages: readonly Passage[];
  sources: readonly OutsideSource[];
  onShowPassage?: (passageId: string) => void;
}

function formatRange({ minKm, maxKm }: ReportedDistance): string {
  return minKm === maxKm ? `about ${minKm} km` : `${minKm}–${maxKm} km`;
}

/** Distances the sources give for the event itself, each with who gave it: what the marker's own distance is not. */
export function ReportedDistanceList({ distances, passages, sources, onShowPassage }: ReportedDistanceListProps) {
  return (
    <ul className="incident-popup__reported" aria-label="Distances the sources report">
      {distances.map((distance, index) => (
        <li key={`${distance.claimedBy}-${index}`}>
          <strong>{distance.claimedBy}:</strong> {formatRange(distance)} from {distance.from}.{' '}
          <CitationNote
            citation={distance.citation}
            passages={passages}
            sources={sources}
            onShowPassage={onShowPassage}
          />
        </li>
      ))}
    </ul>
  );
}
