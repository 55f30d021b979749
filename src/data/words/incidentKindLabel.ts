import type { IncidentKind, IncidentProperties } from '../../model/incident.ts';
import { isApproximatePlace } from './describeGeoPrecision.ts';

const LABELS: Record<IncidentKind, string> = {
  strike: 'Strike',
  statement: 'Statement',
  reference: 'Reference point',
};

const LAYER_LABELS: Record<IncidentKind, string> = {
  strike: 'Strikes',
  statement: 'Statements',
  reference: 'Reference places',
};

/** What the layer control calls the layer of one kind of incident. */
export function incidentLayerLabel(kind: IncidentKind): string {
  return LAYER_LABELS[kind];
}

export function incidentKindLabel(kind: IncidentKind): string {
  return LABELS[kind];
}

const MEANINGS: Record<IncidentKind, string> = {
  strike: 'where a strike fell',
  statement: 'where words were spoken; statements made far away are only in the list',
  reference: 'a place to find your way by, not an event',
};

/** What a kind's symbol stands for, as the legend explains it. */
export function incidentKindMeaning(kind: IncidentKind): string {
  return MEANINGS[kind];
}

/** The marker's accessible name, also its hover title: what happened and who did it. */
export function incidentMarkerTitle(incident: IncidentProperties): string {
  const kind = incidentKindLabel(incident.kind).toLowerCase();
  const approximate =
    incident.place.geoPrecision === 'unknown'
      ? ', precision not stated'
      : isApproximatePlace(incident.place)
        ? ', approximate place'
        : '';
  return `${incident.title} (${kind}, ${incident.actors.initiator.party}${approximate})`;
}

/** The layer of the lines and areas an opened file drew. */
export function drawnShapesLabel(count: number): string {
  return count === 1 ? 'A line or area drawn in the file' : `Lines and areas drawn in the file (${count})`;
}
