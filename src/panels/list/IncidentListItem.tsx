import type { KeyboardEvent, ReactNode } from 'react';
import { isApproximatePlace } from '../../data/words/describeGeoPrecision.ts';
import { formatCalendarDate } from '../../data/time/formatCalendarDate.ts';
import { incidentKindLabel } from '../../data/words/incidentKindLabel.ts';
import type { PartyMark } from '../../data/symbols/partyMarks.ts';
import type { Incident, IncidentProperties } from '../../model/incident.ts';
import type { MapPresence } from '../../state/incidentVisibility.ts';
import { IncidentSymbolSvg } from '../../ui/symbols/IncidentSymbolSvg.tsx';
import { useStoryActions } from '../../ui/story/StoryActions.ts';

const PRESENCE_NOTE: Record<MapPresence, string | null> = {
  shown: null,
  hidden: 'hidden on the map',
  unplaced: 'not on the map',
};

interface IncidentListItemProps {
  incident: Incident;
  mark: PartyMark;
  presence: MapPresence;
  selected: boolean;
  renderDetails: (incident: IncidentProperties) => ReactNode;
}

/**
 * One row: its symbol as on the map, date, kind, party and title, as one button that selects the incident. When the
 * map cannot show a popup for it (no point, or its layer hidden), the row opens the popup's content itself.
 */
export function IncidentListItem(props: IncidentListItemProps) {
  const { incident, mark, presence, selected, renderDetails } = props;
  const { selectBesideMap, deselectIncident } = useStoryActions();
  const { id, properties } = incident;
  const detailsHere = presence !== 'shown';
  // Escape on the selected row closes its popup or details, as Escape in the popup itself does; focus stays here.
  function closeOnEscape(event: KeyboardEvent) {
    if (event.key !== 'Escape' || !selected) return;
    event.preventDefault();
    deselectIncident(id);
  }
  const note = PRESENCE_NOTE[presence];
  const approximate = isApproximatePlace(properties.place);
  const factsBefore = [
    properties.when === null ? null : formatCalendarDate(properties.when.date),
    incidentKindLabel(properties.kind),
  ].filter((fact) => fact !== null);
  return (
    <li className="incident-row" data-incident-id={id}>
      <button
        type="button"
        className="incident-row__button"
        aria-current={selected ? 'true' : undefined}
        aria-expanded={detailsHere ? selected : undefined}
        onClick={() => selectBesideMap(id)}
        onKeyDown={closeOnEscape}
      >
        <IncidentSymbolSvg kind={properties.kind} mark={mark} approximate={approximate} sizePx={24} />
        <span className="incident-row__text">
          <span className="incident-row__facts">
            {factsBefore.join(' · ')} · <bdi>{properties.actors.initiator.party}</bdi>
            {properties.place.geoPrecision === 'unknown'
              ? ' · precision not stated'
              : approximate && ' · approximate place'}
            {note !== null && ` · ${note}`}
          </span>
          <bdi className="incident-row__title">{properties.title}</bdi>
        </span>
      </button>
      {selected && detailsHere && (
        <div className="incident-row__details">
          {renderDetails(properties)}
          <button type="button" className="map-controls__inline-button" onClick={() => deselectIncident(id)}>
            Close details
          </button>
        </div>
      )}
    </li>
  );
}
