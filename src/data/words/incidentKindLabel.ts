import { isolate } from '../../i18n/formatters.ts';
import type { I18n } from '../../i18n/i18n.ts';
import type { MessageDescriptor } from '../../i18n/i18n.ts';
import type { IncidentKind, IncidentProperties } from '../../model/incident.ts';
import { isApproximatePlace } from './describeGeoPrecision.ts';

const LABELS: Record<IncidentKind, MessageDescriptor> = {
  strike: /*i18n*/ { id: 'kind.strike', message: 'Strike' },
  statement: /*i18n*/ { id: 'kind.statement', message: 'Statement' },
  reference: /*i18n*/ { id: 'kind.reference', message: 'Reference point' },
};

const LAYER_LABELS: Record<IncidentKind, MessageDescriptor> = {
  strike: /*i18n*/ { id: 'layer.strikes', message: 'Strikes' },
  statement: /*i18n*/ { id: 'layer.statements', message: 'Statements' },
  reference: /*i18n*/ { id: 'layer.references', message: 'Reference places' },
};

/** What the layer control calls the layer of one kind of incident. */
export function incidentLayerLabel(kind: IncidentKind, i18n: I18n): string {
  return i18n._(LAYER_LABELS[kind]);
}

export function incidentKindLabel(kind: IncidentKind, i18n: I18n): string {
  return i18n._(LABELS[kind]);
}

const MEANINGS: Record<IncidentKind, MessageDescriptor> = {
  strike: /*i18n*/ { id: 'kindMeaning.strike', message: 'where a strike fell' },
  statement: /*i18n*/ {
    id: 'kindMeaning.statement',
    message: 'where words were spoken; statements made far away are only in the list',
  },
  reference: /*i18n*/ { id: 'kindMeaning.reference', message: 'a place to find your way by, not an event' },
};

/** What a kind's symbol stands for, as the legend explains it. */
export function incidentKindMeaning(kind: IncidentKind, i18n: I18n): string {
  return i18n._(MEANINGS[kind]);
}

/** The marker's accessible name, also its hover title: what happened and who did it. */
export function incidentMarkerTitle(incident: IncidentProperties, i18n: I18n): string {
  const kind = incidentKindLabel(incident.kind, i18n);
  const values = {
    title: isolate(i18n, incident.title),
    kind: i18n.locale === 'en' ? kind.toLowerCase() : kind,
    party: isolate(i18n, incident.actors.initiator.party),
  };
  if (incident.place.geoPrecision === 'unknown')
    return i18n._({ id: 'marker.titleUnstated', message: '{title} ({kind}, {party}, precision not stated)', values });
  if (isApproximatePlace(incident.place))
    return i18n._({ id: 'marker.titleApproximate', message: '{title} ({kind}, {party}, approximate place)', values });
  return i18n._({ id: 'marker.title', message: '{title} ({kind}, {party})', values });
}

/** The layer of the lines and areas an opened file drew. */
export function drawnShapesLabel(count: number, i18n: I18n): string {
  return i18n._({
    id: 'layer.drawnShapes',
    message: '{count, plural, one {A line or area drawn in the file} other {Lines and areas drawn in the file (#)}}',
    values: { count },
  });
}
