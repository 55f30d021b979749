import { useMemo, useState } from 'react';
import { collectArticleQuotes } from '../../data/quotes/collectArticleQuotes.ts';
import type { TileSource } from '../../map/basemap/tileSource.ts';
import { PlacingMap } from '../../map/placing/PlacingMap.tsx';
import type { BoundingBox } from '../../model/geojson.ts';
import type { Basemap } from '../../model/region.ts';
import type { Tour } from '../../model/tour.ts';
import { withStory, type StoryDraft } from '../draft/storyDraft.ts';
import { TextField } from '../form/Field.tsx';
import { answerOptions } from './answerCitations.ts';
import { QuestionFields } from './QuestionFields.tsx';
import {
  addStep,
  deleteStep,
  moveStep,
  quoteKey,
  setQuestions,
  stepQuoteChoices,
  toggleQuote,
  updateStep,
} from './tourSteps.ts';
import { useI18n } from '../../ui/i18n/LanguageContext.tsx';
import { StoryText } from '../../ui/i18n/StoryText.tsx';
import { translateNodes } from '../../ui/i18n/translateNodes.tsx';
import { shortWords } from '../form/shortWords.ts';

interface TourViewProps {
  draft: StoryDraft;
  onChange: (draft: StoryDraft, typingIn?: string) => void;
  bounds: BoundingBox;
  tileSource: TileSource | null;
  basemap: Basemap | null;
}

const NO_PLACE = () => undefined;

/** The presentation's steps: add, reorder, delete; each with its text, quotes, incidents in focus and view. */
export function TourView({ draft, onChange, bounds, tileSource, basemap }: TourViewProps) {
  const i18n = useI18n();
  const stepLabel = (index: number) =>
    i18n._({ id: 'editor.tour.step', message: 'Step {number, number}', values: { number: index + 1 } });
  const { tour, incidents } = draft.story;
  const [view, setView] = useState<BoundingBox>(bounds);
  // Each quote once, though a claim and a casualty figure may cite the same words.
  const quotes = useMemo(() => {
    const unique = new Map(
      [...collectArticleQuotes(incidents).values()].flat().map((quote) => [quoteKey(quote.anchor), quote.anchor]),
    );
    return [...unique.values()];
  }, [incidents]);
  const answers = useMemo(() => answerOptions(incidents), [incidents]);
  const questionIds = (tour?.steps ?? []).flatMap((step) => (step.questions ?? []).map((question) => question.id));
  const setTour = (next: Tour | null, typingIn?: string) => onChange(withStory(draft, { tour: next }), typingIn);
  const points = useMemo(
    () =>
      incidents.features.flatMap((incident) =>
        incident.geometry === null
          ? []
          : [
              {
                id: incident.id,
                title: incident.properties.title || incident.id,
                position: incident.geometry.coordinates,
              },
            ],
      ),
    [incidents],
  );
  return (
    <section className="editor-view" aria-labelledby="editor-tour-heading">
      <h2 id="editor-tour-heading">{i18n._({ id: 'editor.nav.tour', message: 'Tour' })}</h2>
      <p className="editor-field__hint">
        {i18n._({
          id: 'editor.tour.hint',
          message:
            'Steps a class follows in presentation mode. A tour opens and closes with an overview (a step on every strike, or on none); the steps between follow the dates.',
        })}
      </p>
      <PlacingMap
        point={null}
        radiusKm={null}
        approximate={false}
        bounds={bounds}
        others={points}
        tileSource={tileSource}
        basemap={basemap}
        label={i18n._({ id: 'editor.tour.mapLabel', message: 'Map: move it to the view a step should show' })}
        onPlace={NO_PLACE}
        onViewChange={setView}
      />
      {tour !== null && (
        <TextField
          label={i18n._({ id: 'editor.tour.title', message: 'Tour title' })}
          hint={i18n._({ id: 'editor.tour.titleHint', message: 'What the presentation is called.' })}
          path={['tour', 'title']}
          value={tour.title}
          onChange={(title) => setTour({ ...tour, title }, 'tour.title')}
        />
      )}
      <ol className="editor-records">
        {(tour?.steps ?? []).map((step, index) => (
          <li key={step.id} className="editor-record">
            <h3>
              {stepLabel(index)} <span className="editor-field__hint">({step.id})</span>
            </h3>
            <TextField
              label={i18n._({
                id: 'editor.tour.stepTitle',
                message: '{step}: title',
                values: { step: stepLabel(index) },
              })}
              hint={i18n._({ id: 'editor.tour.stepTitleHint', message: 'A few words.' })}
              path={['tour', 'steps', index, 'title']}
              value={step.title}
              onChange={(title) => tour && setTour(updateStep(tour, step.id, { title }), `${step.id}.title`)}
            />
            <TextField
              label={i18n._({
                id: 'editor.tour.stepText',
                message: '{step}: text',
                values: { step: stepLabel(index) },
              })}
              hint={i18n._({
                id: 'editor.tour.stepTextHint',
                message: 'What to say at this step, backed by the quotes below.',
              })}
              path={['tour', 'steps', index, 'text']}
              value={step.text}
              multiline
              onChange={(text) => tour && setTour(updateStep(tour, step.id, { text }), `${step.id}.text`)}
            />
            <fieldset className="editor-checks">
              <legend>
                {i18n._({
                  id: 'editor.tour.focus',
                  message: '{step}: incidents in focus',
                  values: { step: stepLabel(index) },
                })}
              </legend>
              {incidents.features.map((incident) => (
                <label key={incident.id}>
                  <input
                    type="checkbox"
                    checked={step.focusIncidentIds.includes(incident.id)}
                    onChange={(event) => {
                      if (tour === null) return;
                      const focusIncidentIds = event.target.checked
                        ? [...step.focusIncidentIds, incident.id]
                        : step.focusIncidentIds.filter((id) => id !== incident.id);
                      setTour(updateStep(tour, step.id, { focusIncidentIds }));
                    }}
                  />{' '}
                  <StoryText>{incident.properties.title || incident.id}</StoryText>
                </label>
              ))}
            </fieldset>
            <fieldset className="editor-checks">
              <legend>
                {i18n._({
                  id: 'editor.tour.quotes',
                  message: '{step}: quotes that back it',
                  values: { step: stepLabel(index) },
                })}
              </legend>
              {stepQuoteChoices(step, quotes).map((quote) => (
                <label key={quoteKey(quote)}>
                  <input
                    type="checkbox"
                    checked={step.quotes.some((other) => quoteKey(other) === quoteKey(quote))}
                    onChange={() => tour && setTour(updateStep(tour, step.id, { quotes: toggleQuote(step, quote) }))}
                  />{' '}
                  {translateNodes(
                    i18n,
                    /*i18n*/ { id: 'editor.tour.quote', message: '“{words}”' },
                    {
                      words: <StoryText>{shortWords(quote.exact, 90)}</StoryText>,
                    },
                  )}
                </label>
              ))}
            </fieldset>
            <QuestionFields
              step={step}
              stepLabel={stepLabel(index)}
              path={['tour', 'steps', index, 'questions']}
              options={answers}
              takenIds={questionIds}
              onChange={(questions, typingIn) => tour && setTour(setQuestions(tour, step.id, questions), typingIn)}
            />
            <p>
              {i18n._({
                id: 'editor.tour.view',
                message: 'View: west {west}, south {south}, east {east}, north {north}.',
                values: { west: step.bounds[0], south: step.bounds[1], east: step.bounds[2], north: step.bounds[3] },
              })}{' '}
              <button type="button" onClick={() => tour && setTour(updateStep(tour, step.id, { bounds: view }))}>
                {i18n._({
                  id: 'editor.tour.takeView',
                  message: 'Take step {number, number}’s view from the map',
                  values: { number: index + 1 },
                })}
              </button>
            </p>
            <div className="editor-actions">
              <button type="button" disabled={index === 0} onClick={() => tour && setTour(moveStep(tour, step.id, -1))}>
                {i18n._({
                  id: 'editor.tour.earlier',
                  message: 'Move step {number, number} earlier',
                  values: { number: index + 1 },
                })}
              </button>
              <button
                type="button"
                disabled={index === (tour?.steps.length ?? 0) - 1}
                onClick={() => tour && setTour(moveStep(tour, step.id, 1))}
              >
                {i18n._({
                  id: 'editor.tour.later',
                  message: 'Move step {number, number} later',
                  values: { number: index + 1 },
                })}
              </button>
              <button
                type="button"
                className="editor-danger"
                onClick={() => tour && setTour(deleteStep(tour, step.id))}
              >
                {i18n._({
                  id: 'editor.tour.delete',
                  message: 'Delete step {number, number}',
                  values: { number: index + 1 },
                })}
              </button>
            </div>
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => setTour(addStep(tour, draft.story.title || 'Tour', view))}>
        {i18n._({ id: 'editor.tour.add', message: 'Add a step with the map’s view' })}
      </button>
    </section>
  );
}
