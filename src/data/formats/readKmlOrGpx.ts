import { gpx, kml } from '@tmcw/togeojson';
import type { FeatureCollection, Geometry } from 'geojson';
import type { I18n } from '../../i18n/i18n.ts';
import { TOP_LEVEL, WHOLE_FILE, type FormatProblem } from './FormatProblem.ts';

/**
 * What turns text into an XML document: the browser's own `new DOMParser()`, or in Node `@xmldom/xmldom`'s. Passed in
 * so that the browser bundle carries no XML parser of its own.
 */
export interface XmlDocumentParser {
  parseFromString(source: string, mimeType: 'text/xml'): Parameters<typeof kml>[0];
}

export type KmlOrGpxRead =
  | { status: 'read'; kind: 'kml' | 'gpx'; collection: FeatureCollection<Geometry | null> }
  | { status: 'refused'; problems: FormatProblem[] };

function refuse(message: string, path = WHOLE_FILE): KmlOrGpxRead {
  return { status: 'refused', problems: [{ path, message }] };
}

function describeNotXml(body: string, kind: 'kml' | 'gpx', i18n: I18n): string {
  const format = kind.toUpperCase();
  if (body.startsWith('{') || body.startsWith('[')) {
    return i18n._({
      id: 'formats.xml.holdsJson',
      message: 'the file holds JSON (GeoJSON or a story?), not {format}: open it as a .geojson or .json file',
      values: { format },
    });
  }
  return i18n._({
    id: 'formats.xml.notXml',
    message: 'the file is not XML, so not {format}: a {format} file starts with {xmlStart} or {rootStart}',
    values: { format, xmlStart: '"<?xml"', rootStart: `"<${kind}"` },
  });
}

type XmlDocument = Parameters<typeof kml>[0];

/** An empty file, in the words every reader of files gives it. */
export function emptyFile(i18n: I18n): string {
  return i18n._({ id: 'formats.emptyFile', message: 'the file is empty' });
}

function parse(parser: XmlDocumentParser, body: string, i18n: I18n): XmlDocument | string {
  const noParse = () => i18n._({ id: 'formats.xml.noParse', message: 'it does not parse' });
  try {
    const document = parser.parseFromString(body, 'text/xml');
    // The browser's DOMParser does not throw: it returns a document holding a <parsererror>.
    const error = document.getElementsByTagName('parsererror')[0];
    if (error !== undefined) return (error.textContent ?? '').trim().split('\n')[0] ?? noParse();
    return document;
  } catch (error) {
    // @xmldom/xmldom throws on XML that is not well formed.
    return error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : noParse();
  }
}

function describeEmpty(document: XmlDocument, kind: 'kml' | 'gpx', i18n: I18n): string {
  if (kind === 'kml') {
    const link = document.getElementsByTagName('NetworkLink')[0];
    if (link !== undefined) {
      const href = link.getElementsByTagName('href')[0]?.textContent?.trim();
      return href === undefined || href === ''
        ? i18n._({
            id: 'formats.kml.onlyLink',
            message:
              'the KML holds no places of its own, only a link (NetworkLink) to another KML: download that file and open it instead',
          })
        : i18n._({
            id: 'formats.kml.onlyLinkTo',
            message:
              'the KML holds no places of its own, only a link (NetworkLink) to another KML at {href}: download that file and open it instead',
            values: { href },
          });
    }
    return i18n._({ id: 'formats.kml.noPlaces', message: 'the KML holds no places (no Placemark): nothing to show' });
  }
  // The browser's HTMLCollection and xmldom's LiveNodeList are both array-like; their element types differ.
  const segments = document.getElementsByTagName('trkseg') as unknown as ArrayLike<{
    getElementsByTagName(name: string): { length: number };
  }>;
  const oneTrackPoint = Array.from(segments).some((segment) => segment.getElementsByTagName('trkpt').length === 1);
  if (oneTrackPoint) {
    return i18n._({
      id: 'formats.gpx.onePoint',
      message:
        'the GPX file has no waypoints, and its track has a single point, so there is no line to draw: nothing to show',
    });
  }
  return i18n._({
    id: 'formats.gpx.empty',
    message: 'the GPX file holds no waypoints, routes or tracks: nothing to show',
  });
}

/**
 * A KML (Google Earth, Google My Maps, GDAL) or GPX (GPS devices, GPSBabel, OsmAnd) file as GeoJSON, read with
 * @tmcw/togeojson. `kind` is what the file claims to be (from its name or type); the root element decides, so a GPX
 * file named .kml still opens. Text that is not XML, or XML that is neither, is refused with what it looks like; a file
 * with nothing to draw or list is refused with why (a KML that only links to another, a one-point track).
 */
export function readKmlOrGpx(text: string, kind: 'kml' | 'gpx', parser: XmlDocumentParser, i18n: I18n): KmlOrGpxRead {
  const body = text.replace(/^\uFEFF/, '').trim();
  if (body === '') return refuse(emptyFile(i18n));
  if (!body.startsWith('<')) return refuse(describeNotXml(body, kind, i18n));
  const document = parse(parser, body, i18n);
  if (typeof document === 'string') {
    return refuse(
      i18n._({
        id: 'formats.xml.notWellFormed',
        message: 'the file is not well-formed XML, so it cannot be read as {format} ({reason})',
        values: { format: kind.toUpperCase(), reason: document },
      }),
    );
  }
  const root = document.documentElement?.localName ?? document.documentElement?.nodeName ?? '';
  const found = root === 'kml' || root === 'gpx' ? root : null;
  if (found === null) {
    const values = { root: `<${root}>`, kml: '<kml>', gpx: '<gpx>' };
    const message =
      root.toLowerCase() === 'html'
        ? i18n._({
            id: 'formats.xml.htmlRoot',
            message:
              'the file is XML whose root element is {root}, not {kml} or {gpx} (a web page, perhaps an error page instead of the file?)',
            values,
          })
        : i18n._({
            id: 'formats.xml.otherRoot',
            message: 'the file is XML whose root element is {root}, not {kml} or {gpx}',
            values,
          });
    return refuse(message, TOP_LEVEL);
  }
  // togeojson also turns a NetworkLink's <Region> and a GroundOverlay's box into features: boxes around data held
  // elsewhere (or around an image), not what the file's author placed. A KML must hold a Placemark to have data.
  const placemarks = found === 'kml' ? document.getElementsByTagName('Placemark').length : 1;
  const collection = found === 'kml' ? kml(document) : gpx(document);
  if (placemarks === 0 || collection.features.length === 0) return refuse(describeEmpty(document, found, i18n));
  return { status: 'read', kind: found, collection };
}
