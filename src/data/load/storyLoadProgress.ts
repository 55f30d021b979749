/**
 * How far a story from a link or a file has come, for the page to show while it waits: a large story takes seconds
 * to download on a school connection and seconds more to read and check.
 */
export type StoryLoadProgress =
  /** Bytes received so far, and the size the server declared (null when it declared none). */
  | { stage: 'downloading'; receivedBytes: number; totalBytes: number | null }
  /** The whole text is here and being read and checked (in a worker, for a large one): no finer measure exists. */
  | { stage: 'reading'; bytes: number };

export type ReportStoryLoadProgress = (progress: StoryLoadProgress) => void;
