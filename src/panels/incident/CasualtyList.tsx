import { summariseCasualties } from '../../data/words/summariseCasualties.ts';
import type { CasualtyFigure } from '../../model/incident.ts';
import { CitationNote } from './CitationNote.tsx';

interface CasualtyListProps {
  figures: readonly CasualtyFigure[];
}

/** Casualties by measure: the range where claimants differ, then every figure beside the party that claimed it. */
export function CasualtyList({ figures }: CasualtyListProps) {
  const { measures, uncounted } = summariseCasualties(figures);
  return (
    <>
      {measures.map((summary) => (
        <div key={summary.measure} className={`casualties casualties--${summary.measure}`}>
          <p className="casualties__headline">{summary.headline}</p>
          {summary.revisions.map((revision) => (
            <p key={revision.series} className="casualties__revision">
              {`${revision.series} revised their count over time: ${revision.counts.join(' → ')}. A revision, not a dispute between parties.`}
            </p>
          ))}
          <ul className="casualties__counts">
            {summary.counts.map((count, index) => (
              <li key={`${count.claimedBy}-${index}`}>
                <strong>{count.claimedBy}:</strong> {count.count}
                {count.reportedAt !== null && ` (${count.reportedAt})`}
                {count.superseded && ', later revised'}. {count.description} <CitationNote citation={count.citation} />
              </li>
            ))}
          </ul>
        </div>
      ))}
      {uncounted.length > 0 && (
        <ul className="casualties casualties--uncounted" aria-label="Accounts without a figure">
          {uncounted.map((figure, index) => (
            <li key={`${figure.claimedBy}-${index}`}>
              <strong>{figure.claimedBy}:</strong> {figure.description} <CitationNote citation={figure.citation} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
