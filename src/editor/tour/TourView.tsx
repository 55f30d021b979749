import { useMemo, useState } from 'react';
import { collectArticleQuotes } from '../../data/quotes/collectArticleQuotes.ts';
import type { TileSource } from '../../map/basemap/tileSource.ts';
import { PlacingMap } from '../../map/placing/PlacingMap.tsx';
import type { BoundingBox } from '../../model/geojson.ts';
import type { Basemap } from '../../model/region.ts';
import type { Tour } from '../../model/tour.ts';
import { withStory, type StoryDraft } from '../draft/storyDraft.ts';
import { TextField } from '../form/Field.tsx';
import { addStep, deleteStep, moveStep, toggleQuote, updateStep } from './tourSteps.ts';

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
  const { tour, incidents } = draft.story;
  const [view, setView] = useState<BoundingBox>(bounds);
  // Each quote once, though a claim and a casualty figure may cite the same words.
  const quotes = useMemo(() => {
    const unique = new Map(
      [...collectArticleQuotes(incidents).values()].flat().map((quote) => [JSON.stringify(quote.anchor), quote]),
    );
    return [...unique.values()];
  }, [incidents]);
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
      <h2 id="editor-tour-heading">Tour</h2>
      <p className="editor-field__hint">
        Steps a class follows in presentation mode. A tour opens and closes with an overview (a step on every strike, or
        on none); the steps between follow the dates.
      </p>
      <PlacingMap
        point={null}
        radiusKm={null}
        approximate={false}
        bounds={bounds}
        others={points}
        tileSource={tileSource}
        basemap={basemap}
        label="Map: move it to the view a step should show"
        onPlace={NO_PLACE}
        onViewChange={setView}
      />
      {tour !== null && (
        <TextField
          label="Tour title"
          hint="What the presentation is called."
          path={['tour', 'title']}
          value={tour.title}
          onChange={(title) => setTour({ ...tour, title }, 'tour.title')}
        />
      )}
      <ol className="editor-records">
        {(tour?.steps ?? []).map((step, index) => (
          <li key={step.id} className="editor-record">
            <h3>
              Step {index + 1} <span className="editor-field__hint">({step.id})</span>
            </h3>
            <TextField
              label={`Step ${index + 1}: title`}
              hint="A few words."
              path={['tour', 'steps', index, 'title']}
              value={step.title}
              onChange={(title) => tour && setTour(updateStep(tour, step.id, { title }), `${step.id}.title`)}
            />
            <TextField
              label={`Step ${index + 1}: text`}
              hint="What to say at this step, backed by the quotes below."
              path={['tour', 'steps', index, 'text']}
              value={step.text}
              multiline
              onChange={(text) => tour && setTour(updateStep(tour, step.id, { text }), `${step.id}.text`)}
            />
            <fieldset className="editor-checks">
              <legend>Step {index + 1}: incidents in focus</legend>
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
                  {incident.properties.title || incident.id}
                </label>
              ))}
            </fieldset>
            <fieldset className="editor-checks">
              <legend>Step {index + 1}: quotes that back it</legend>
              {quotes.map((quote, at) => (
                <label key={at}>
                  <input
                    type="checkbox"
                    checked={step.quotes.some((other) => JSON.stringify(other) === JSON.stringify(quote.anchor))}
                    onChange={() =>
                      tour && setTour(updateStep(tour, step.id, { quotes: toggleQuote(step, quote.anchor) }))
                    }
                  />{' '}
                  “<bdi>{quote.anchor.exact.slice(0, 90)}</bdi>”
                </label>
              ))}
            </fieldset>
            <p>
              View: west {step.bounds[0]}, south {step.bounds[1]}, east {step.bounds[2]}, north {step.bounds[3]}.{' '}
              <button type="button" onClick={() => tour && setTour(updateStep(tour, step.id, { bounds: view }))}>
                Take step {index + 1}’s view from the map
              </button>
            </p>
            <div className="editor-actions">
              <button type="button" disabled={index === 0} onClick={() => tour && setTour(moveStep(tour, step.id, -1))}>
                Move step {index + 1} earlier
              </button>
              <button
                type="button"
                disabled={index === (tour?.steps.length ?? 0) - 1}
                onClick={() => tour && setTour(moveStep(tour, step.id, 1))}
              >
                Move step {index + 1} later
              </button>
              <button
                type="button"
                className="editor-danger"
                onClick={() => tour && setTour(deleteStep(tour, step.id))}
              >
                Delete step {index + 1}
              </button>
            </div>
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => setTour(addStep(tour, draft.story.title || 'Tour', view))}>
        Add a step with the map’s view
      </button>
    </section>
  );
}
