import type { MessageDescriptor } from '../../i18n/i18n.ts';
import { StoryText } from '../../ui/i18n/StoryText.tsx';
import { useI18n } from '../../ui/i18n/LanguageContext.tsx';
import type { KeyboardEvent, ReactNode } from 'react';
import { isApproximatePlace } from '../../data/words/describeGeoPrecision.ts';
import { formatCalendarDate } from '../../data/time/formatCalendarDate.ts';
import { incidentKindLabel } from '../../data/words/incidentKindLabel.ts';
import type { PartyMark } from '../../data/symbols/partyMarks.ts';
import type { Incident, IncidentProperties } from '../../model/incident.ts';
import type { MapPresence } from '../../state/incidentVisibility.ts';
import { IncidentSymbolSvg } from '../../ui/symbols/IncidentSymbolSvg.tsx';
import { useStoryActions } from '../../ui/story/StoryActions.ts';

const PRESENCE_NOTE: Record<MapPresence, MessageDescriptor | null> = {
  shown: null,
  hidden: /*i18n*/ { id: 'list.hiddenOnMap', message: 'hidden on the map' },
  unplaced: /*i18n*/ { id: 'list.notOnMap', message: 'not on the map' },
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
  const i18n = useI18n();
  const detailsHere = presence !== 'shown';
  // Escape on the selected row closes its popup or details, as Escape in the popup itself does; focus stays here.
  function closeOnEscape(event: KeyboardEvent) {
    if (event.key !== 'Escape' || !selected) return;
    event.preventDefault();
    deselectIncident(id);
  }
  const noteDescriptor = PRESENCE_NOTE[presence];
  const note = noteDescriptor === null ? null : i18n._(noteDescriptor);
  const approximate = isApproximatePlace(properties.place);
  const factsBefore = [
    properties.when === null ? null : formatCalendarDate(properties.when.date, i18n),
    incidentKindLabel(properties.kind, i18n),
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
            {factsBefore.join(' · ')} · <StoryText>{properties.actors.initiator.party}</StoryText>
            {properties.place.geoPrecision === 'unknown'
              ? ` · ${i18n._({ id: 'list.precisionUnstated', message: 'precision not stated' })}`
              : approximate && ` · ${i18n._({ id: 'list.approximate', message: 'approximate place' })}`}
            {note !== null && ` · ${note}`}
          </span>
          <StoryText as="span" className="incident-row__title">
            {properties.title}
          </StoryText>
        </span>
      </button>
      {selected && detailsHere && (
        <div className="incident-row__details">
          {renderDetails(properties)}
          <button type="button" className="map-controls__inline-button" onClick={() => deselectIncident(id)}>
            {i18n._({ id: 'list.closeDetails', message: 'Close details' })}
          </button>
        </div>
      )}
    </li>
  );
}
