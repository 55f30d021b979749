import { useId } from 'react';
import type { StoryLoadProgress } from '../../data/load/storyLoadProgress.ts';
import type { I18n } from '../../i18n/i18n.ts';
import { useI18n } from '../../ui/i18n/LanguageContext.tsx';
import { translateNodes } from '../../ui/i18n/translateNodes.tsx';
import './storyProgress.css';

// Fetched on demand: progress is told only for a story from a link or a file, whose readers are fetched then too.

/** A size as a reader thinks of a download: "3.2 MB", in the reader's digits. */
function describeSize(bytes: number, i18n: I18n): string {
  const megabytes = Math.max(0.1, Math.round(bytes / 1024 / 102.4) / 10);
  return i18n._({ id: 'size.megabytes', message: '{megabytes, number} MB', values: { megabytes } });
}

function describeProgress(progress: StoryLoadProgress, i18n: I18n): string {
  if (progress.stage === 'reading') {
    return i18n._({
      id: 'storyFile.progress.reading',
      message: 'Reading and checking the story ({size})…',
      values: { size: describeSize(progress.bytes, i18n) },
    });
  }
  const received = describeSize(progress.receivedBytes, i18n);
  return progress.totalBytes === null
    ? i18n._({ id: 'storyFile.progress.received', message: 'Downloaded {received} so far', values: { received } })
    : i18n._({
        id: 'storyFile.progress.receivedOf',
        message: 'Downloaded {received} of {total}',
        values: { received, total: describeSize(progress.totalBytes, i18n) },
      });
}

/**
 * A bar for a wait that can take seconds: filled as far as the download has come where its size is known, moving
 * without a measure otherwise (reading and checking gives none). Named by the words beside it.
 */
function StoryProgressBar({ progress, labelledBy }: { progress: StoryLoadProgress | null; labelledBy: string }) {
  const known = progress?.stage === 'downloading' && progress.totalBytes !== null ? progress : null;
  return known === null ? (
    <progress className="loading-notice__bar" aria-labelledby={labelledBy} />
  ) : (
    <progress
      className="loading-notice__bar"
      aria-labelledby={labelledBy}
      value={known.receivedBytes}
      max={known.totalBytes ?? undefined}
    />
  );
}

/** How far a story from a link has come, in words and as a bar, beside the "Loading the story…" it follows. */
export function StoryProgress({ progress, labelledBy }: { progress: StoryLoadProgress; labelledBy: string }) {
  const i18n = useI18n();
  const wordsId = useId();
  // Not a live region: a screen reader would speak every quarter megabyte. The bar carries the measure, named by the
  // notice and these words.
  return (
    <>
      <p id={wordsId}>{describeProgress(progress, i18n)}</p>
      <StoryProgressBar progress={progress} labelledBy={`${labelledBy} ${wordsId}`} />
    </>
  );
}

interface FileOpeningNoticeProps {
  fileName: string;
  bytes: number;
}

/** A file the reader chose, while it is read and checked: the story on screen stays until it is ready. */
export function FileOpeningNotice({ fileName, bytes }: FileOpeningNoticeProps) {
  const i18n = useI18n();
  const statusId = useId();
  return (
    <div className="loading-notice loading-notice--file">
      <p role="status" id={statusId}>
        {translateNodes(
          i18n,
          /*i18n*/ { id: 'storyFile.openingFile', message: 'Opening {fileName} ({size})…' },
          { fileName: <bdi>{fileName}</bdi> },
          { size: describeSize(bytes, i18n) },
        )}
      </p>
      <StoryProgressBar progress={null} labelledBy={statusId} />
    </div>
  );
}
