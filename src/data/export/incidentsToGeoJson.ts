import type { IncidentCollection } from '../../model/incident.ts';

/**
 * The incidents as a standalone RFC 7946 GeoJSON file, for QGIS or geojson.io: a FeatureCollection of Point features
 * (or null geometry, for a statement with no place), longitude first, WGS 84. Each feature is rebuilt from its four
 * members so nothing else travels with it: no `crs` (RFC 7946 removed it), no `name` or other foreign members that
 * some tools add and others reject. Pretty-printed, because people open these files to read them.
 */
export function incidentsToGeoJson(incidents: IncidentCollection): string {
  const document = {
    type: 'FeatureCollection',
    features: incidents.features.map(({ id, geometry, properties }) => ({ type: 'Feature', id, geometry, properties })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
