import type { IncidentKind } from '../../model/incident.ts';

const LABELS: Record<IncidentKind, string> = {
  strike: 'Strike',
  statement: 'Statement',
  reference: 'Reference point',
};

export function incidentKindLabel(kind: IncidentKind): string {
  return LABELS[kind];
}
