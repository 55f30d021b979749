import { translateNodes } from '../../ui/i18n/translateNodes.tsx';
import { useI18n } from '../../ui/i18n/LanguageContext.tsx';
import { useId, useMemo, useState } from 'react';
import { storyDownloads, type StoryDownload } from '../../data/export/storyDownloads.ts';
import type { Story } from '../../model/story.ts';
import { saveTextFile } from './saveTextFile.ts';
import '../../ui/ui.css';
import './controls.css';
import './downloads.css';

interface DownloadDataProps {
  story: Pick<Story, 'id' | 'article' | 'incidents' | 'regions'>;
}

/**
 * The story's incidents as files to take away: GeoJSON for QGIS or geojson.io, CSV for a spreadsheet, KML for Google
 * Earth. Each is made here in the browser from the story as loaded, so what is downloaded is exactly what the map
 * shows.
 */
export function DownloadData({ story }: DownloadDataProps) {
  const hasBorder = story.regions.features.some((region) => region.properties.kind === 'border');
  const headingId = useId();
  const i18n = useI18n();
  const downloads = useMemo(() => storyDownloads(story), [story]);
  const [failedLabel, setFailedLabel] = useState<string | null>(null);

  async function save(download: StoryDownload) {
    let text: string;
    try {
      // The code that writes a file may have to be fetched first (see storyDownloads).
      text = await download.contents();
    } catch (error) {
      console.error(`Citemap: ${download.label} could not be written`, error);
      setFailedLabel(download.label);
      return;
    }
    setFailedLabel(null);
    saveTextFile(download.fileName, download.mimeType, text);
  }

  return (
    <section className="map-controls__group download-data" aria-labelledby={headingId}>
      <h2 id={headingId} className="map-controls__legend">
        {i18n._({ id: 'downloads.heading', message: 'Download data' })}
      </h2>
      <ul className="download-data__list">
        {downloads.map((download) => (
          <li key={download.format}>
            <button type="button" className="map-controls__inline-button" onClick={() => void save(download)}>
              {download.label}
            </button>
          </li>
        ))}
      </ul>
      {failedLabel !== null && (
        <p className="map-controls__note download-data__failure" role="alert">
          {translateNodes(
            i18n,
            /*i18n*/ {
              id: 'downloads.failed',
              message:
                '{file} could not be made: the code that writes it could not be downloaded. Check the connection and try again; if Citemap has been updated since this page was opened, reload the page.',
            },
            { file: <bdi>{failedLabel}</bdi> },
          )}
        </p>
      )}
      <p className="map-controls__note">
        {hasBorder
          ? i18n._({
              id: 'downloads.aboutWithBorder',
              message:
                'One row per incident: date and local time, who acted, place, coordinates and how precise they are, distance to the border, sources. Casualty figures keep who claimed them, with the range over claimants.',
            })
          : i18n._({
              id: 'downloads.about',
              message:
                'One row per incident: date and local time, who acted, place, coordinates and how precise they are, sources. Casualty figures keep who claimed them, with the range over claimants.',
            })}
      </p>
    </section>
  );
}
