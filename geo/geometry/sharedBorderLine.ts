import { mesh } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';
import type { LineString, MultiLineString } from 'geojson';

/**
 * The boundary two areas of a TopoJSON share, e.g. a land border between two countries of world-atlas, as one
 * LineString when it is continuous. Ids are compared as they are stored: world-atlas ids are zero-padded strings
 * ("004"), so a number never matches. Null when the two do not touch.
 */
export function sharedBorderLine(
  topology: Topology,
  firstId: string,
  secondId: string,
  options: { objectName?: string } = {},
): LineString | MultiLineString | null {
  const objectName = options.objectName ?? 'countries';
  const object = topology.objects[objectName];
  if (object === undefined) throw new Error(`sharedBorderLine: the topology has no object "${objectName}"`);
  const isPair = (a: GeometryObject, b: GeometryObject): boolean =>
    (a.id === firstId && b.id === secondId) || (a.id === secondId && b.id === firstId);
  // topojson-client's types want properties typed `{}`; mesh never reads properties, so the assertion is harmless.
  const line = mesh(topology, object as GeometryObject, isPair);
  const [onlyPart, ...otherParts] = line.coordinates;
  if (onlyPart === undefined) return null;
  return otherParts.length === 0 ? { type: 'LineString', coordinates: onlyPart } : line;
}
