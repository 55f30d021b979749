import { useI18n } from '../../ui/i18n/LanguageContext.tsx';
import { useRef, type ChangeEvent } from 'react';
import './storyFile.css';

interface OpenStoryFileButtonProps {
  onFile: (file: File) => void;
}

/** What the file chooser offers: Citemap story files and GeoJSON, by extension and by type. */
/** What the chooser offers: every format the reading path opens (see detectFileFormat), by name and media type. */
const ACCEPTED_FILES = [
  '.json,.geojson,.umap,.geojsonl,.geojsons,.ndjson,.csv,.tsv,.txt,.kml,.gpx',
  'application/json,application/geo+json,text/csv,application/vnd.google-earth.kml+xml,application/gpx+xml',
].join(',');

/**
 * "Open a story file…": a plain button that opens the browser's file chooser. The file input itself is hidden, since
 * its look differs in every browser and the words on it cannot be set.
 */
export function OpenStoryFileButton({ onFile }: OpenStoryFileButtonProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  const i18n = useI18n();
  function chosen(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const [file] = input.files ?? [];
    // Cleared, so that choosing the same file again (after fixing it) is a change too.
    input.value = '';
    if (file !== undefined) onFile(file);
  }
  return (
    <>
      <button type="button" className="open-story-file" onClick={() => inputRef.current?.click()}>
        {i18n._({ id: 'storyFile.open', message: 'Open a story file…' })}
      </button>
      <input ref={inputRef} type="file" accept={ACCEPTED_FILES} hidden onChange={chosen} />
    </>
  );
}
