import type { TileSource } from '../../map/basemap/tileSource.ts';
import type { BoundingBox } from '../../model/geojson.ts';
import type { Incident } from '../../model/incident.ts';
import type { Basemap } from '../../model/region.ts';
import { withIncident, withoutIncident, type StoryDraft } from '../draft/storyDraft.ts';
import { PlaceSection } from '../place/PlaceSection.tsx';
import { IncidentForm } from './IncidentForm.tsx';

interface IncidentsViewProps {
  draft: StoryDraft;
  selectedIncidentId: string | null;
  onSelect: (incidentId: string | null) => void;
  onChange: (draft: StoryDraft, typingIn?: string) => void;
  bounds: BoundingBox;
  tileSource: TileSource | null;
  basemap: Basemap | null;
}

/** The story's incidents: pick one to place and describe it. */
export function IncidentsView(props: IncidentsViewProps) {
  const { draft, selectedIncidentId, onSelect, onChange, bounds, tileSource, basemap } = props;
  const { features } = draft.story.incidents;
  const index = features.findIndex((incident) => incident.id === selectedIncidentId);
  const incident = features[index];
  const path = ['incidents', 'features', index];
  const change = (next: Incident, typingIn?: string) =>
    onChange(withIncident(draft, next), typingIn === undefined ? undefined : `${next.id}.${typingIn}`);
  return (
    <section className="editor-view" aria-labelledby="editor-incidents-heading">
      <h2 id="editor-incidents-heading">Incidents</h2>
      {features.length === 0 ? (
        <p>No incidents yet: select words of the article under “Cite” and choose “Cite on the map”.</p>
      ) : (
        <nav aria-label="Incidents of the story">
          <ul className="editor-incident-list">
            {features.map((candidate) => (
              <li key={candidate.id}>
                <button
                  type="button"
                  aria-current={candidate.id === selectedIncidentId ? 'true' : undefined}
                  onClick={() => onSelect(candidate.id)}
                >
                  {candidate.properties.title || `Untitled (${candidate.id})`}
                </button>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {incident !== undefined && (
        <div className="editor-incident" key={incident.id}>
          <h3>
            {incident.properties.title || 'Untitled incident'}{' '}
            <span className="editor-field__hint">({incident.id})</span>
          </h3>
          <PlaceSection
            incident={incident}
            path={path}
            passages={draft.story.article.passages}
            others={features}
            bounds={bounds}
            tileSource={tileSource}
            basemap={basemap}
            regions={draft.story.regions}
            onChange={change}
          />
          <IncidentForm incident={incident} path={path} passages={draft.story.article.passages} onChange={change} />
          <button
            type="button"
            className="editor-danger"
            onClick={() => {
              onChange(withoutIncident(draft, incident.id));
              onSelect(null);
            }}
          >
            Delete this incident
          </button>
        </div>
      )}
    </section>
  );
}
