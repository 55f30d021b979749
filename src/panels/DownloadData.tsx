import { useId, useMemo } from 'react';
import { storyDownloads } from '../data/storyDownloads.ts';
import type { Story } from '../model/story.ts';
import { saveTextFile } from './saveTextFile.ts';
import './controls.css';
import './downloads.css';

interface DownloadDataProps {
  story: Pick<Story, 'id' | 'article' | 'incidents'>;
}

/**
 * The story's incidents as files to take away: GeoJSON for QGIS or geojson.io, CSV for a spreadsheet. Both are made
 * here in the browser from the story as loaded, so what is downloaded is exactly what the map shows.
 */
export function DownloadData({ story }: DownloadDataProps) {
  const headingId = useId();
  const downloads = useMemo(() => storyDownloads(story), [story]);
  return (
    <section className="map-controls__group download-data" aria-labelledby={headingId}>
      <h2 id={headingId} className="map-controls__legend">
        Download data
      </h2>
      <ul className="download-data__list">
        {downloads.map((download) => (
          <li key={download.format}>
            <button
              type="button"
              className="map-controls__inline-button"
              onClick={() => saveTextFile(download.fileName, download.mimeType, download.contents())}
            >
              {download.label}
            </button>
          </li>
        ))}
      </ul>
      <p className="map-controls__note">
        One row per incident: date and local time, who acted, place, coordinates and how precise they are, distance to
        the border, sources. Casualty figures keep who claimed them, with the range over claimants.
      </p>
    </section>
  );
}
