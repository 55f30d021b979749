import { useI18n } from '../../ui/i18n/LanguageContext.tsx';
import { memo, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { orderIncidents } from '../../data/time/orderIncidents.ts';
import type { Incident, IncidentCollection, IncidentProperties } from '../../model/incident.ts';
import type { LayerId } from '../../state/layers.ts';
import { mapPresence } from '../../state/incidentVisibility.ts';
import { IncidentListItem } from './IncidentListItem.tsx';
import { selectionAnnouncement } from './selectionAnnouncement.ts';
import { scrollIntoViewInPanel } from './scrollIntoViewInPanel.ts';
import '../../ui/ui.css';
import './list.css';
import { useStoryIndex } from '../../ui/story/StoryIndexContext.ts';

interface IncidentListProps {
  incidents: IncidentCollection;
  selectedIncidentId: string | null;
  visibleLayers: ReadonlySet<LayerId>;
  /** Incidents the timeline hides (outside the dates shown, or not yet played): left out of the list as of the map. */
  hiddenIncidentIds?: ReadonlySet<string>;
  /** The popup's content, shown in the row when the map has no popup to open for it. */
  renderDetails: (incident: IncidentProperties) => ReactNode;
}

const NONE_HIDDEN: ReadonlySet<string> = new Set();

/**
 * Rows drawn at first, and added by each "Show more": a story of one article lists everything at once; a dataset of
 * a hundred thousand incidents would take seconds to lay out, and the map is the way into it.
 */
const ROWS_PER_PAGE = 200;

/**
 * Everything on the map, and what is not, as a list: events in date order, then reference places. Selecting a row
 * selects on the map too, and a selection made on the map marks its row and scrolls it into view.
 *
 * Memoised: see docs/ARCHITECTURE.md § Rendering.
 */
export const IncidentList = memo(function IncidentList(props: IncidentListProps) {
  const { incidents, selectedIncidentId, visibleLayers, renderDetails } = props;
  const { hiddenIncidentIds = NONE_HIDDEN } = props;
  const headingId = useId();
  const referencesHeadingId = useId();
  const selectedHeadingId = useId();
  const listRef = useRef<HTMLElement>(null);
  const i18n = useI18n();
  const index = useStoryIndex(incidents);
  const marks = index.partyMarks;
  const { dated, references } = useMemo(() => orderIncidents(incidents.features), [incidents]);
  const listed = useMemo(
    () => dated.filter((incident) => !hiddenIncidentIds.has(incident.id)),
    [dated, hiddenIncidentIds],
  );
  const [rowLimit, setRowLimit] = useState(ROWS_PER_PAGE);
  const rows = useMemo(() => (listed.length > rowLimit ? listed.slice(0, rowLimit) : listed), [listed, rowLimit]);
  // Looked up by id, not searched for: a story may have a hundred thousand incidents.
  const selected = selectedIncidentId === null ? undefined : index.incidentsById.get(selectedIncidentId);
  // A selection made on the map beyond the rows shown gets a row of its own below them, to show its details there.
  // Whether it is listed at all is told by its date and the hidden set, not searched for among the listed.
  const selectedIsListed =
    selected !== undefined && selected.properties.when !== null && !hiddenIncidentIds.has(selected.id);
  const selectedBeyond = useMemo(
    () =>
      selected !== undefined && selectedIsListed && rows.length < listed.length && !rows.includes(selected)
        ? selected
        : undefined,
    [selected, selectedIsListed, rows, listed],
  );
  const selectedPresence = selected === undefined ? null : mapPresence(selected, visibleLayers);

  useEffect(
    function keepSelectedRowInView() {
      const list = listRef.current;
      if (list === null || selectedIncidentId === null) return;
      const rows = list.querySelectorAll<HTMLElement>('[data-incident-id]');
      const row = [...rows].find((candidate) => candidate.dataset.incidentId === selectedIncidentId);
      if (row !== undefined) scrollIntoViewInPanel(row);
    },
    [selectedIncidentId],
  );

  function renderRow(incident: Incident) {
    if (hiddenIncidentIds.has(incident.id)) return null;
    const mark = marks.get(incident.properties.actors.initiator.party);
    if (mark === undefined) return null;
    return (
      <IncidentListItem
        key={incident.id}
        incident={incident}
        mark={mark}
        presence={mapPresence(incident, visibleLayers)}
        selected={incident.id === selectedIncidentId}
        renderDetails={renderDetails}
      />
    );
  }

  return (
    <section ref={listRef} className="incident-list" aria-labelledby={headingId}>
      <h2 id={headingId} className="incident-list__heading">
        {i18n._({ id: 'list.heading', message: 'Incidents' })}
      </h2>
      <p className="visually-hidden" aria-live="polite">
        {selectionAnnouncement(selected, selectedPresence, i18n)}
      </p>
      {incidents.features.length === 0 && (
        <p className="incident-list__empty">
          {i18n._({ id: 'list.empty', message: 'This story has no incidents yet.' })}
        </p>
      )}
      {rows.length > 0 && (
        <ol className="incident-list__items" aria-labelledby={headingId}>
          {rows.map(renderRow)}
        </ol>
      )}
      {rows.length < listed.length && (
        <div className="incident-list__more">
          <p>
            {i18n._({
              id: 'list.firstRows',
              message:
                'Showing the first {shown, number} of {total, plural, one {# incident} other {# incidents}}, in date order.',
              values: { shown: rows.length, total: listed.length },
            })}
          </p>
          <button
            type="button"
            className="map-controls__inline-button"
            onClick={() => setRowLimit((limit) => limit + ROWS_PER_PAGE)}
          >
            {i18n._({
              id: 'list.showMore',
              message: 'Show {count, number} more',
              values: { count: Math.min(ROWS_PER_PAGE, listed.length - rows.length) },
            })}
          </button>
        </div>
      )}
      {selectedBeyond !== undefined && (
        <>
          <h3 id={selectedHeadingId} className="incident-list__subheading">
            {i18n._({ id: 'list.selected', message: 'Selected' })}
          </h3>
          <ul className="incident-list__items" aria-labelledby={selectedHeadingId}>
            {renderRow(selectedBeyond)}
          </ul>
        </>
      )}
      {references.length > 0 && (
        <>
          <h3 id={referencesHeadingId} className="incident-list__subheading">
            {i18n._({ id: 'layer.references', message: 'Reference places' })}
          </h3>
          <ul className="incident-list__items" aria-labelledby={referencesHeadingId}>
            {references.map(renderRow)}
          </ul>
        </>
      )}
    </section>
  );
});
