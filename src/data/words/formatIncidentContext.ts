import type { IncidentProperties } from '../../model/incident.ts';

const KILOMETRES = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/**
 * Beyond this, a distance to the story's border is true but says nothing about the event (a city two countries away
 * is still some distance from the border): it is not shown.
 */
export const NEAR_BORDER_KM = 300;

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function describeArea(context: IncidentProperties['context']): string | null {
  if (context === undefined) return null;
  const names = [context.province, context.country].filter((name): name is string => name !== null);
  return names.length === 0 ? null : `In ${names.join(', ')}`;
}

/**
 * The computed distance, said of what it was measured from: of the event where the point is its site ("about 17 km
 * from the border"), of the stand-in otherwise ("Northtown is about 79 km from the border"). Null far from the
 * border, where it means nothing.
 */
function describeDistance({ context, place }: Pick<IncidentProperties, 'context' | 'place'>): string | null {
  const distanceKm = context?.distanceToBorderKm ?? null;
  const borderName = context?.borderName;
  if (distanceKm === null || borderName === undefined || distanceKm > NEAR_BORDER_KM) return null;
  const howFar =
    distanceKm < 1 ? `on the ${borderName}` : `about ${KILOMETRES.format(distanceKm)} km from the ${borderName}`;
  const { point } = place;
  if (point?.role === 'site') return capitalise(howFar);
  const measuredFrom = point === undefined ? 'the marker' : point.on;
  return `${capitalise(measuredFrom)} is ${howFar}`;
}

/**
 * The computed context in words: "In North Province, Ruritania · Northtown is about 79 km from the
 * Ruritania–Freedonia border". Null when the build computed nothing worth saying for this place.
 */
export function formatIncidentContext(incident: Pick<IncidentProperties, 'context' | 'place'>): string | null {
  const parts = [describeArea(incident.context), describeDistance(incident)].filter(
    (part): part is string => part !== null,
  );
  return parts.length === 0 ? null : parts.join(' · ');
}
