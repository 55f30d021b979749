import { useI18n } from '../../ui/i18n/LanguageContext.tsx';
import { useMemo } from 'react';
import type { PassageSegment } from '../../data/quotes/passageSegments.ts';
import type { Passage } from '../../model/article.ts';
import { PAGE_TARGETS } from '../../ui/pageTargets.ts';
import { moveFocusTo } from '../../ui/moveFocusTo.ts';
import { QuoteLink } from './QuoteLink.tsx';
import { markReason, type IncidentLabel } from './quoteTarget.ts';

interface ArticlePassageProps {
  passage: Passage;
  segments: readonly PassageSegment[];
  selectedIncidentId: string | null;
  /** The passage a popup's paragraph link (or a shared link's `passage=`) asked to show. */
  highlighted: boolean;
  incidentLabels: ReadonlyMap<string, IncidentLabel>;
  incidentHref: (incidentId: string) => string;
}

const NO_ONE: ReadonlySet<string> = new Set();

/**
 * One numbered paragraph of the article, its cited words as links to their incidents. It can take focus (but is not a
 * tab stop) so that following a paragraph link from the map moves a keyboard or screen-reader user here; the passage
 * asked for ends with a way back to the map for them.
 */
export function ArticlePassage(props: ArticlePassageProps) {
  const { passage, segments, selectedIncidentId, highlighted, incidentLabels, incidentHref } = props;
  // Who cites each stretch of words, as sets: a dataset may cite one line thousands of times, and each selection asks.
  const i18n = useI18n();
  const citingBySegment = useMemo(() => segments.map((segment) => new Set(segment.incidentIds)), [segments]);
  const cited = selectedIncidentId !== null && citingBySegment.some((citing) => citing.has(selectedIncidentId));
  const className = [
    'article-passage',
    cited && 'article-passage--cited',
    highlighted && 'article-passage--highlighted',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <p className={className} data-passage-id={passage.id} tabIndex={-1} dir="auto">
      <span className="article-passage__number">¶{passage.number}</span>{' '}
      {segments.map((segment, index) => {
        if (segment.quotes.length === 0) return segment.text;
        const citing = citingBySegment[index] ?? NO_ONE;
        return (
          <QuoteLink
            key={segment.start}
            segment={segment}
            citing={citing}
            markReason={markReason(segment, citing, selectedIncidentId, highlighted, i18n)}
            selectedIncidentId={selectedIncidentId}
            incidentLabels={incidentLabels}
            incidentHref={incidentHref}
          />
        );
      })}
      {highlighted && (
        <>
          {' '}
          <a
            lang={i18n.locale}
            className="article-passage__back"
            href={`#${PAGE_TARGETS.map}`}
            onClick={moveFocusTo('map')}
          >
            {i18n._({ id: 'article.backToMap', message: 'Back to the map' })}
          </a>
        </>
      )}
    </p>
  );
}
