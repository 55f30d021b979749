import type { IncidentContext } from '../model/incident.ts';

const KILOMETRES = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

function describeDistance(distanceKm: number, borderName: string): string {
  if (distanceKm < 1) return `on the ${borderName}`;
  return `about ${KILOMETRES.format(distanceKm)} km from the ${borderName}`;
}

function describeArea(context: IncidentContext): string | null {
  const names = [context.province, context.country].filter((name): name is string => name !== null);
  return names.length === 0 ? null : `In ${names.join(', ')}`;
}

/**
 * The computed context in words: "In Balochistan, Pakistan · about 79 km from the Iran–Pakistan border".
 * Null when the build computed nothing for this place.
 */
export function formatIncidentContext(context: IncidentContext): string | null {
  const distance =
    context.distanceToBorderKm === null ? null : describeDistance(context.distanceToBorderKm, context.borderName);
  const parts = [describeArea(context), distance].filter((part): part is string => part !== null);
  return parts.length === 0 ? null : parts.join(' · ');
}
