import { formatReportedRange } from '../../data/words/describeReportedDistances.ts';
import type { ReportedDistance } from '../../model/incident.ts';
import { CitationNote } from './CitationNote.tsx';

interface ReportedDistanceListProps {
  distances: readonly ReportedDistance[];
}

/** Distances the sources give for the event itself, each with who gave it: what the marker's own distance is not. */
export function ReportedDistanceList({ distances }: ReportedDistanceListProps) {
  return (
    <ul className="incident-popup__reported" aria-label="Distances the sources report">
      {distances.map((distance, index) => (
        <li key={`${distance.claimedBy}-${index}`}>
          <strong>{distance.claimedBy}:</strong> {formatReportedRange(distance)} from {distance.from}.{' '}
          <CitationNote citation={distance.citation} />
        </li>
      ))}
    </ul>
  );
}
