import type { Story } from '../../model/story.ts';
import { incidentsToGeoJson } from './incidentsToGeoJson.ts';

/** One file a reader can download: what it is called and holds, and how to write it from the story. */
export interface StoryDownload {
  format: 'geojson' | 'csv' | 'kml';
  /** What the offer says, e.g. "Incidents (GeoJSON)". */
  label: string;
  /** Named after the story, so files from two stories do not overwrite each other in a downloads folder. */
  fileName: string;
  mimeType: string;
  /**
   * Written only when asked for: nobody should pay for a file they do not download, nor fetch the code that writes it.
   * Rejects when that code cannot be fetched.
   */
  contents: () => Promise<string>;
}

/**
 * The story's incidents as files for GIS (RFC 7946 GeoJSON), for spreadsheets (ACLED-like CSV) and for Google Earth
 * (KML).
 */
export function storyDownloads(story: Pick<Story, 'id' | 'article' | 'incidents'>): StoryDownload[] {
  return [
    {
      format: 'geojson',
      label: 'Incidents (GeoJSON)',
      fileName: `${story.id}-incidents.geojson`,
      // The media type RFC 7946 registers; browsers save it as is, with the name given.
      mimeType: 'application/geo+json',
      // With the page rather than fetched: its converter is a few lines, smaller than the request that would fetch it.
      contents: () => Promise.resolve(incidentsToGeoJson(story.incidents)),
    },
    {
      format: 'csv',
      label: 'Incidents (CSV, for spreadsheets)',
      fileName: `${story.id}-incidents.csv`,
      mimeType: 'text/csv;charset=utf-8',
      // A chunk of its own, fetched on the first click: the CSV writer is the bulk of the download code.
      contents: () => import('./incidentsToCsv.ts').then(({ incidentsToCsv }) => incidentsToCsv(story)),
    },
    {
      format: 'kml',
      label: 'Incidents (KML, for Google Earth)',
      fileName: `${story.id}-incidents.kml`,
      // The media type Google registered for KML; Google Earth opens the file by it and by its name.
      mimeType: 'application/vnd.google-earth.kml+xml',
      // Fetched on the first click, as the CSV writer is: tokml is a few kilobytes nobody else needs.
      contents: () =>
        import('../formats/incidentsToKml.ts').then(({ incidentsToKml }) => incidentsToKml(story.incidents)),
    },
  ];
}
