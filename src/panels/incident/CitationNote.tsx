import { translateNodes } from '../../ui/i18n/translateNodes.tsx';
import { StoryText } from '../../ui/i18n/StoryText.tsx';
import { useI18n } from '../../ui/i18n/LanguageContext.tsx';
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
  const i18n = useI18n();
  const { passages, sources, showPassage } = useCitationSetting();
  if (citation.type === 'article') {
    const { passageId } = citation.quote;
    const number = passageNumber(passages, passageId);
    const label = number === null ? passageId : `¶${i18n.number(number)}`;
    return (
      <span className="citation citation--article">
        <span className="citation__quote">
          <StoryText>“{citation.quote.exact}”</StoryText>
        </span>{' '}
        {showPassage === undefined || number === null ? (
          <cite
            className="citation__paragraph"
            dir="ltr"
            title={
              number === null
                ? undefined
                : i18n._({
                    id: 'citation.paragraph',
                    message: 'Paragraph {number, number} of the article',
                    values: { number },
                  })
            }
          >
            {label}
          </cite>
        ) : (
          <button
            type="button"
            className="citation__paragraph citation__paragraph--button"
            dir="ltr"
            title={i18n._({
              id: 'citation.showParagraph',
              message: 'Show paragraph {number, number} in the article',
              values: { number },
            })}
            onClick={() => showPassage(passageId)}
          >
            {label}
          </button>
        )}
      </span>
    );
  }
  const source = sources.find((candidate) => candidate.id === citation.sourceId);
  const sourceLink =
    source === undefined ? <StoryText>{citation.sourceId}</StoryText> : <OutsideSourceLink source={source} />;
  return (
    <span className="citation citation--outside">
      {citation.words !== undefined && (
        <span className="citation__quote">
          <StoryText>“{citation.words}”</StoryText>{' '}
        </span>
      )}
      <span className="citation__outside">
        {citation.words !== undefined
          ? translateNodes(
              i18n,
              /*i18n*/ { id: 'citation.outside', message: '(not in the article: {source})' },
              {
                source: sourceLink,
              },
            )
          : citation.paraphrase === true
            ? translateNodes(
                i18n,
                /*i18n*/ { id: 'citation.paraphrased', message: '(not in the article; paraphrased from {source})' },
                { source: sourceLink },
              )
            : translateNodes(
                i18n,
                /*i18n*/ {
                  id: 'citation.unquoted',
                  message: '(not in the article, and no words of it quoted: {source})',
                },
                { source: sourceLink },
              )}
      </span>
    </span>
  );
}
