import { translateNodes } from '../../ui/i18n/translateNodes.tsx';
import { StoryText } from '../../ui/i18n/StoryText.tsx';
import { useI18n } from '../../ui/i18n/LanguageContext.tsx';
import { summariseCasualties } from '../../data/words/summariseCasualties.ts';
import type { CasualtyFigure } from '../../model/incident.ts';
import { CitationNote } from './CitationNote.tsx';

interface CasualtyListProps {
  figures: readonly CasualtyFigure[];
}

/** Casualties by measure: the range where claimants differ, then every figure beside the party that claimed it. */
export function CasualtyList({ figures }: CasualtyListProps) {
  const i18n = useI18n();
  const { measures, uncounted } = summariseCasualties(figures, i18n);
  return (
    <>
      {measures.map((summary) => (
        <div key={summary.measure} className={`casualties casualties--${summary.measure}`}>
          <p className="casualties__headline">{summary.headline}</p>
          {summary.revisions.map((revision) => (
            <p key={revision.series} className="casualties__revision">
              {translateNodes(
                i18n,
                /*i18n*/ {
                  id: 'casualties.revision',
                  message:
                    '{series} revised their count over time: {counts}. A revision, not a dispute between parties.',
                },
                { series: <StoryText>{revision.series}</StoryText> },
                { counts: revision.counts.join(' → ') },
              )}
            </p>
          ))}
          <ul className="casualties__counts">
            {summary.counts.map((count, index) => (
              <li key={`${count.claimedBy}-${index}`}>
                <StoryText as="strong">{count.claimedBy}:</StoryText> {count.count}
                {count.reportedAt !== null && (
                  <>
                    {' ('}
                    <StoryText>{count.reportedAt}</StoryText>)
                  </>
                )}
                {count.superseded && i18n._({ id: 'casualties.laterRevised', message: ', later revised' })}.{' '}
                <StoryText>{count.description}</StoryText> <CitationNote citation={count.citation} />
              </li>
            ))}
          </ul>
        </div>
      ))}
      {uncounted.length > 0 && (
        <ul
          className="casualties casualties--uncounted"
          aria-label={i18n._({ id: 'casualties.uncounted', message: 'Accounts without a figure' })}
        >
          {uncounted.map((figure, index) => (
            <li key={`${figure.claimedBy}-${index}`}>
              <StoryText as="strong">{figure.claimedBy}:</StoryText> <StoryText>{figure.description}</StoryText>{' '}
              <CitationNote citation={figure.citation} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
