import { toKML } from '@placemarkio/tokml';
import type { Feature, Geometry } from 'geojson';
import type { IncidentCollection } from '../../model/incident.ts';

/**
 * The incidents as KML for Google Earth and Google My Maps: one Placemark per incident, named by its title and
 * described by its summary (as text: tokml escapes it, so nothing in a summary becomes markup), its date, place and
 * precision as ExtendedData that Google Earth shows in the balloon. A statement with no map point stays a Placemark
 * without geometry, listed under Places, as it is listed "not on the map" here. KML has no uncertainty circle: the
 * precision and radius travel as data.
 */
export function incidentsToKml(incidents: IncidentCollection): string {
  const features = incidents.features.map(({ id, geometry, properties }): Feature<Geometry | null> => {
    const { title, summary, kind, when, place } = properties;
    return {
      type: 'Feature',
      id,
      geometry,
      properties: {
        name: title,
        description: summary,
        kind,
        date: when?.date ?? '',
        time: when?.time ?? '',
        utc_offset: when?.utcOffset ?? '',
        place: place.name,
        geo_precision: place.geoPrecision === 'unknown' ? '' : (place.geoPrecision ?? ''),
        uncertainty_radius_km: place.uncertaintyRadiusKm ?? '',
      },
    };
  });
  return `${toKML({ type: 'FeatureCollection', features })}\n`;
}
