import { passageNumber } from '../../data/quotes/passageNumber.ts';
import type { Passage } from '../../model/article.ts';
import type { Citation, OutsideSource } from '../../model/incident.ts';
import { OutsideSourceLink } from './OutsideSourceLink.tsx';

interface CitationNoteProps {
  citation: Citation;
  passages: readonly Passage[];
  /** The incident's outside sources, which an outside citation names by id. */
  sources: readonly OutsideSource[];
  /** Given, the paragraph number becomes a button that shows the quote in the article beside the map. */
  onShowPassage?: (passageId: string) => void;
}

/** The words behind a claim: the article's exact words with their paragraph, or a source outside the article. */
export function CitationNote({ citation, passages, sources, onShowPassage }: CitationNoteProps) {
  if (citation.type === 'article') {
    const { passageId } = citation.quote;
    const number = passageNumber(passages, passageId);
    const label = number === null ? passageId : `¶${number}`;
    return (
      <span className="citation citation--article">
        <span className="citation__quote">“{citation.quote.exact}”</span>{' '}
        {onShowPassage === undefined || number === null ? (
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
            onClick={() => onShowPassage(passageId)}
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
