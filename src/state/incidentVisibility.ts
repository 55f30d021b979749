import { incidentInstant } from '../data/time/incidentInstant.ts';
import type { Incident } from '../model/incident.ts';
import { layerOfIncidentKind, type LayerId } from './layers.ts';
import type { DateSpan } from './viewState.ts';

/** Whether a local date (YYYY-MM-DD) falls in a span; ISO dates compare correctly as strings. */
export function isInDateSpan(date: string, span: DateSpan): boolean {
  return (span.from === null || date >= span.from) && (span.to === null || date <= span.to);
}

/**
 * The incidents the time controls hide, for the map and the list alike: those dated outside the chosen span, and,
 * while the timeline plays, those after the play head (an instant in UTC ms). Reference places have no date and are
 * always shown: they are there to find one's way.
 */
export function hiddenIncidentIds(
  incidents: readonly Incident[],
  span: DateSpan,
  playHeadUtcMs: number | null,
): ReadonlySet<string> {
  const hidden = new Set<string>();
  for (const incident of incidents) {
    const { when } = incident.properties;
    if (when === null) continue;
    const afterPlayHead = playHeadUtcMs !== null && incidentInstant(when).utcMs > playHeadUtcMs;
    if (!isInDateSpan(when.date, span) || afterPlayHead) hidden.add(incident.id);
  }
  return hidden;
}

/** Whether an incident is drawn on the map now, hidden with its layer, or has no place on the map at all. */
export type MapPresence = 'shown' | 'hidden' | 'unplaced';

export function mapPresence(incident: Incident, visibleLayers: ReadonlySet<LayerId>): MapPresence {
  if (incident.geometry === null) return 'unplaced';
  return visibleLayers.has(layerOfIncidentKind(incident.properties.kind)) ? 'shown' : 'hidden';
}
