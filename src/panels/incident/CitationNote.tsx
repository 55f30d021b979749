import { passageNumber } from '../../data/quotes/passageNumber.ts';
import type { Citation } from '../../model/incident.ts';
import { useCitationSetting } from './CitationContext.ts';
import { OutsideSourceLink } from './OutsideSourceLink.tsx';

interface CitationNoteProps {
  citation: Citation;
}

/**
 * The words behind a claim: the article's exact words with their paragraph (a button that shows it beside the map, on
 * screen), or a source outside the article.
 */
export function CitationNote({ citation }: CitationNoteProps) {
  const { passages, sources, showPassage } = useCitationSetting();
  if (citation.type === 'article') {
    const { passageId } = citation.quote;
    const number = passageNumber(passages, passageId);
    const label = number === null ? passageId : `¶${number}`;
    return (
      <span className="citation citation--article">
        <span className="citation__quote">“{citation.quote.exact}”</span>{' '}
        {showPassage === undefined || number === null ? (
          <cite
            className="citation__paragraph"
            title={number === null ? undefined : `Paragraph ${number} of the article`}
          >
            {label}
          </cite>
        ) : (
          <button
            type="button"
            className="citation__paragraph citation__paragraph--button"
            title={`Show paragraph ${number} in the article`}
            onClick={() => showPassage(passageId)}
          >
            {label}
          </button>
        )}
      </span>
    );
  }
  const source = sources.find((candidate) => candidate.id === citation.sourceId);
  const sourceLink = source === undefined ? citation.sourceId : <OutsideSourceLink source={source} />;
  return (
    <span className="citation citation--outside">
      {citation.words !== undefined && <span className="citation__quote">“{citation.words}” </span>}
      <span className="citation__outside">
        {citation.words !== undefined ? (
          <>(not in the article: {sourceLink})</>
        ) : citation.paraphrase === true ? (
          <>(not in the article; paraphrased from {sourceLink})</>
        ) : (
          <>(not in the article, and no words of it quoted: {sourceLink})</>
        )}
      </span>
    </span>
  );
}
