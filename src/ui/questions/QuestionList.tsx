import { translateNodes } from '../i18n/translateNodes.tsx';
import { StoryText } from '../i18n/StoryText.tsx';
import { useI18n } from '../i18n/LanguageContext.tsx';
import { findQuote } from '../../data/quotes/findQuote.ts';
import type { Passage } from '../../model/article.ts';
import type { IncidentCollection } from '../../model/incident.ts';
import type { AnswerCitation, DiscussionQuestion } from '../../model/tour.ts';

/**
 * How the answers show: behind a disclosure for the presenter, as lines to write on, printed as the answer key, or
 * not at all (the handout's list of questions to think about).
 */
export type AnswerDisplay = 'disclose' | 'write' | 'key' | 'none';

interface QuestionListProps {
  questions: readonly DiscussionQuestion[];
  passages: readonly Passage[];
  incidents: IncidentCollection;
  answers: AnswerDisplay;
  /** Where numbering starts: a worksheet numbers its questions across steps. */
  firstNumber?: number;
}

function AnswerCitationNote({
  citation,
  passages,
  incidents,
}: {
  citation: AnswerCitation;
  passages: readonly Passage[];
  incidents: IncidentCollection;
}) {
  const i18n = useI18n();
  if (citation.type === 'article') {
    const passage = passages.find((candidate) => candidate.id === citation.quote.passageId);
    const range = passage === undefined ? null : findQuote(citation.quote, passage.text);
    // The article's own words, never the anchor's copy, as in the tour's quotes.
    const words =
      passage === undefined || range === null ? citation.quote.exact : passage.text.slice(range.start, range.end);
    return (
      <>
        <q className="question__words">{words}</q> <cite>¶{passage?.number ?? citation.quote.passageId}</cite>
      </>
    );
  }
  const incident = incidents.features.find((candidate) => candidate.id === citation.incidentId);
  const source = incident?.properties.sources.find((candidate) => candidate.id === citation.sourceId);
  return (
    <>
      <q className="question__words">
        <StoryText>{citation.words}</StoryText>
      </q>{' '}
      <cite>
        {translateNodes(
          i18n,
          /*i18n*/ { id: 'citation.outside', message: '(not in the article: {source})' },
          {
            source: (
              <StoryText>
                {source === undefined ? citation.sourceId : `${source.publisher}, “${source.title}”`}
              </StoryText>
            ),
          },
        )}
      </cite>
    </>
  );
}

/**
 * Questions for a class. Each answer carries the words it rests on, so that a class can check it against the article
 * or the source, as the map's claims do.
 */
export function QuestionList({ questions, passages, incidents, answers, firstNumber = 1 }: QuestionListProps) {
  return (
    <ol className={`question-list question-list--${answers}`} start={firstNumber}>
      {questions.map((question) => (
        <li key={question.id} className="question">
          <p className="question__text">
            <StoryText>{question.question}</StoryText>
          </p>
          {answers === 'write' && <div className="question__lines" aria-hidden="true" />}
          {(answers === 'disclose' || answers === 'key') && question.answer !== null && (
            <Answer
              answer={question.answer}
              passages={passages}
              incidents={incidents}
              disclose={answers === 'disclose'}
            />
          )}
        </li>
      ))}
    </ol>
  );
}

function Answer({
  answer,
  passages,
  incidents,
  disclose,
}: {
  answer: NonNullable<DiscussionQuestion['answer']>;
  passages: readonly Passage[];
  incidents: IncidentCollection;
  disclose: boolean;
}) {
  const i18n = useI18n();
  const body = (
    <>
      <p className="question__answer">
        <StoryText>{answer.text}</StoryText>
      </p>
      <ul
        className="question__citations"
        aria-label={i18n._({ id: 'question.citations', message: 'The words the answer rests on' })}
      >
        {answer.citations.map((citation, index) => (
          <li key={index}>
            <AnswerCitationNote citation={citation} passages={passages} incidents={incidents} />
          </li>
        ))}
      </ul>
    </>
  );
  if (!disclose) return body;
  return (
    <details className="question__disclosure">
      <summary>{i18n._({ id: 'question.show', message: 'Show the answer' })}</summary>
      {body}
    </details>
  );
}
