import { isolate } from '../../i18n/formatters.ts';
import type { I18n } from '../../i18n/i18n.ts';
import type { IncidentProperties } from '../../model/incident.ts';

/**
 * Beyond this, a distance to the story's border is true but says nothing about the event (a city two countries away
 * is still some distance from the border): it is not shown.
 */
export const NEAR_BORDER_KM = 300;

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function describeArea(context: IncidentProperties['context'], i18n: I18n): string | null {
  if (context === undefined) return null;
  const names = [context.province, context.country].filter((name): name is string => name !== null);
  return names.length === 0
    ? null
    : i18n._({
        id: 'context.in',
        message: 'In {area}',
        values: { area: isolate(i18n, names.join(', ')) },
      });
}

/**
 * The computed distance, said of what it was measured from: of the event where the point is its site ("about 17 km
 * from the border"), of the stand-in otherwise ("Northtown is about 79 km from the border"). Null far from the
 * border, where it means nothing.
 */
function describeDistance(
  { context, place }: Pick<IncidentProperties, 'context' | 'place'>,
  i18n: I18n,
): string | null {
  const distanceKm = context?.distanceToBorderKm ?? null;
  const borderName = context?.borderName;
  if (distanceKm === null || borderName === undefined || distanceKm > NEAR_BORDER_KM) return null;
  const values = { border: isolate(i18n, borderName), km: Math.round(distanceKm) };
  const onBorder = distanceKm < 1;
  const { point } = place;
  if (point?.role === 'site') {
    return onBorder
      ? i18n._({ id: 'context.onBorder', message: 'On the {border}', values })
      : i18n._({ id: 'context.nearBorder', message: 'About {km, number} km from the {border}', values });
  }
  if (point === undefined) {
    return onBorder
      ? i18n._({ id: 'context.markerOnBorder', message: 'The marker is on the {border}', values })
      : i18n._({
          id: 'context.markerNearBorder',
          message: 'The marker is about {km, number} km from the {border}',
          values,
        });
  }
  const placeValues = { ...values, place: i18n.locale === 'en' ? capitalise(point.on) : isolate(i18n, point.on) };
  return onBorder
    ? i18n._({ id: 'context.placeOnBorder', message: '{place} is on the {border}', values: placeValues })
    : i18n._({
        id: 'context.placeNearBorder',
        message: '{place} is about {km, number} km from the {border}',
        values: placeValues,
      });
}

/**
 * The computed context in words: "In North Province, Ruritania · Northtown is about 79 km from the
 * Ruritania–Freedonia border". Null when the build computed nothing worth saying for this place.
 */
export function formatIncidentContext(
  incident: Pick<IncidentProperties, 'context' | 'place'>,
  i18n: I18n,
): string | null {
  const parts = [describeArea(incident.context, i18n), describeDistance(incident, i18n)].filter(
    (part): part is string => part !== null,
  );
  return parts.length === 0 ? null : parts.join(' · ');
}
