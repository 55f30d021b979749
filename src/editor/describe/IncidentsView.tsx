import type { TileSource } from '../../map/basemap/tileSource.ts';
import type { BoundingBox } from '../../model/geojson.ts';
import type { Incident } from '../../model/incident.ts';
import type { Basemap } from '../../model/region.ts';
import { withIncident, withoutIncident, type StoryDraft } from '../draft/storyDraft.ts';
import { PlaceSection } from '../place/PlaceSection.tsx';
import { IncidentForm } from './IncidentForm.tsx';
import { useI18n } from '../../ui/i18n/LanguageContext.tsx';
import { StoryText } from '../../ui/i18n/StoryText.tsx';

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
  const i18n = useI18n();
  const { features } = draft.story.incidents;
  const index = features.findIndex((incident) => incident.id === selectedIncidentId);
  const incident = features[index];
  const path = ['incidents', 'features', index];
  const change = (next: Incident, typingIn?: string) =>
    onChange(withIncident(draft, next), typingIn === undefined ? undefined : `${next.id}.${typingIn}`);
  return (
    <section className="editor-view" aria-labelledby="editor-incidents-heading">
      <h2 id="editor-incidents-heading">{i18n._({ id: 'editor.incidents.heading', message: 'Incidents' })}</h2>
      {features.length === 0 ? (
        <p>
          {i18n._({
            id: 'editor.incidents.none',
            message: 'No incidents yet: select words of the article under “Cite” and choose “Cite on the map”.',
          })}
        </p>
      ) : (
        <nav aria-label={i18n._({ id: 'editor.incidents.label', message: 'Incidents of the story' })}>
          <ul className="editor-incident-list">
            {features.map((candidate) => (
              <li key={candidate.id}>
                <button
                  type="button"
                  aria-current={candidate.id === selectedIncidentId ? 'true' : undefined}
                  onClick={() => onSelect(candidate.id)}
                >
                  {candidate.properties.title ? (
                    <StoryText>{candidate.properties.title}</StoryText>
                  ) : (
                    i18n._({
                      id: 'editor.incidents.untitledId',
                      message: 'Untitled ({id})',
                      values: { id: candidate.id },
                    })
                  )}
                </button>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {incident !== undefined && (
        <div className="editor-incident" key={incident.id}>
          <h3>
            {incident.properties.title ? (
              <StoryText>{incident.properties.title}</StoryText>
            ) : (
              i18n._({ id: 'editor.incidents.untitled', message: 'Untitled incident' })
            )}{' '}
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
            {i18n._({ id: 'editor.incidents.delete', message: 'Delete this incident' })}
          </button>
        </div>
      )}
    </section>
  );
}
