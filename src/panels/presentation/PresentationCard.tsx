import { TranslationNote } from '../../ui/i18n/TranslationNote.tsx';
import { AuthorText, useStoryTranslation } from '../../ui/i18n/StoryText.tsx';
import { isolate } from '../../i18n/formatters.ts';
import { directionOf, isLocale } from '../../i18n/locales.ts';
import { useI18n } from '../../ui/i18n/LanguageContext.tsx';
import { useEffect, useRef } from 'react';
import type { Passage } from '../../model/article.ts';
import type { IncidentCollection } from '../../model/incident.ts';
import type { Tour, TourStep } from '../../model/tour.ts';
import type { StepMove } from '../../state/stepNavigation.ts';
import { QuestionList } from '../../ui/questions/QuestionList.tsx';
import { StepQuoteList } from './StepQuoteList.tsx';
import './presentation.css';

interface PresentationCardProps {
  tour: Tour;
  step: TourStep;
  /** The step's place in the tour, from 1. */
  stepNumber: number;
  passages: readonly Passage[];
  /** The story's incidents, whose sources an answer to a question may cite. */
  incidents: IncidentCollection;
  onMove: (move: StepMove) => void;
  onLeave: () => void;
}

/**
 * One tour step as a class sees it: where we are ("3 / 7"), the step's title and text, the article's words behind
 * it, and buttons for a presenter without a clicker. The keys (arrows, PageUp/PageDown, Home/End, Esc) work anywhere.
 */
export function PresentationCard(props: PresentationCardProps) {
  const { tour, step, stepNumber, passages, incidents, onMove, onLeave } = props;
  const questions = step.questions ?? [];
  const headingRef = useRef<HTMLHeadingElement>(null);
  const i18n = useI18n();
  const translation = useStoryTranslation();
  const translatedStep = translation?.steps?.[step.id];
  const rtl = isLocale(i18n.locale) && directionOf(i18n.locale) === 'rtl';
  const total = tour.steps.length;

  useEffect(function focusOnEntering() {
    // Once, when the presentation opens: later steps keep focus where the presenter has it (a button, the map).
    headingRef.current?.focus();
  }, []);

  return (
    <section
      className="presentation-card"
      aria-label={i18n._({
        id: 'present.label',
        message: 'Presentation: {title}',
        values: { title: isolate(i18n, translation?.tourTitle ?? tour.title) },
      })}
    >
      <p className="presentation-card__progress" aria-live="polite">
        <span className="visually-hidden">{i18n._({ id: 'present.step', message: 'Step' })} </span>
        <span data-testid="presentation-progress">
          {i18n._({
            id: 'present.progress',
            message: '{step, number} / {total, number}',
            values: { step: stepNumber, total },
          })}
        </span>
        <span className="visually-hidden">
          : <AuthorText original={step.title} translated={translatedStep?.title} />
        </span>
      </p>
      <h2 ref={headingRef} className="presentation-card__title" tabIndex={-1}>
        <AuthorText original={step.title} translated={translatedStep?.title} />
      </h2>
      {translation !== null && <TranslationNote translation={translation} />}
      <div className="presentation-card__body">
        <p className="presentation-card__text">
          <AuthorText original={step.text} translated={translatedStep?.text} />
        </p>
        <StepQuoteList quotes={step.quotes} passages={passages} />
        {questions.length > 0 && (
          <section className="presentation-card__questions" aria-labelledby={`ask-${step.id}`}>
            <h3 id={`ask-${step.id}`} className="presentation-card__ask">
              {i18n._({ id: 'present.ask', message: 'Ask the class' })}
            </h3>
            {/* key: a new step starts with its answers closed. */}
            <QuestionList
              key={step.id}
              questions={questions}
              passages={passages}
              incidents={incidents}
              answers="disclose"
            />
          </section>
        )}
      </div>
      <nav className="presentation-card__nav" aria-label={i18n._({ id: 'present.steps', message: 'Tour steps' })}>
        {/* aria-disabled rather than disabled: a button that disables itself would drop the presenter's focus. */}
        <button type="button" onClick={() => onMove('previous')} aria-disabled={stepNumber === 1}>
          {rtl ? '→' : '←'} {i18n._({ id: 'present.previous', message: 'Previous' })}
        </button>
        <button type="button" onClick={() => onMove('next')} aria-disabled={stepNumber === total}>
          {i18n._({ id: 'present.next', message: 'Next' })} {rtl ? '←' : '→'}
        </button>

        <button type="button" className="presentation-card__leave" onClick={onLeave}>
          {i18n._({ id: 'present.leave', message: 'Leave' })} <kbd lang="en">Esc</kbd>
        </button>
      </nav>
    </section>
  );
}
