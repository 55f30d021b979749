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
  const total = tour.steps.length;

  useEffect(function focusOnEntering() {
    // Once, when the presentation opens: later steps keep focus where the presenter has it (a button, the map).
    headingRef.current?.focus();
  }, []);

  return (
    <section className="presentation-card" aria-label={`Presentation: ${tour.title}`}>
      <p className="presentation-card__progress" aria-live="polite">
        <span className="visually-hidden">Step </span>
        <span data-testid="presentation-progress">
          {stepNumber} / {total}
        </span>
        <span className="visually-hidden">: {step.title}</span>
      </p>
      <h2 ref={headingRef} className="presentation-card__title" tabIndex={-1}>
        {step.title}
      </h2>
      <div className="presentation-card__body">
        <p className="presentation-card__text">{step.text}</p>
        <StepQuoteList quotes={step.quotes} passages={passages} />
        {questions.length > 0 && (
          <section className="presentation-card__questions" aria-labelledby={`ask-${step.id}`}>
            <h3 id={`ask-${step.id}`} className="presentation-card__ask">
              Ask the class
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
      <nav className="presentation-card__nav" aria-label="Tour steps">
        {/* aria-disabled rather than disabled: a button that disables itself would drop the presenter's focus. */}
        <button type="button" onClick={() => onMove('previous')} aria-disabled={stepNumber === 1}>
          ← Previous
        </button>
        <button type="button" onClick={() => onMove('next')} aria-disabled={stepNumber === total}>
          Next →
        </button>

        <button type="button" className="presentation-card__leave" onClick={onLeave}>
          Leave <kbd>Esc</kbd>
        </button>
      </nav>
    </section>
  );
}
