import { startStoryReaderWorker } from './startStoryReaderWorker.ts';
import type { StoryBytes } from './storyReaderSession.ts';

/**
 * What follows the build's story as it downloads, to start its reader (a worker) early, should it need one. The worker
 * is sent the file's bytes as they come: by the end of the download its code is loaded and the text decoded, instead
 * of both starting only then (for 100,000 incidents, half a second on a two-core laptop, with the page's own parse
 * competing), and the page need not copy the whole text across. `readStoryTextOffMainThread` then asks it to read
 * what it was sent.
 */
export interface StoryDownloadWatch {
  /** Hears each piece of the file as it arrives, in order, once the page is done with it: the piece is then the watch's. */
  onBytes: (bytes: Uint8Array) => void;
  /** The worker sent the file's bytes, if the file grew large enough to need one (else null). */
  reader: () => Worker | null;
}

/**
 * Starts the story's reader once the download proves that the text will be longer than `pastChars` characters. Bytes
 * prove it before the characters can be counted: UTF-8 takes at most three bytes for one UTF-16 unit of a string (and
 * three more for a byte order mark, which decoding drops).
 */
export function watchStoryDownload(pastChars: number): StoryDownloadWatch {
  const startPastBytes = 3 * pastChars + 3;
  const held: Uint8Array[] = [];
  let received = 0;
  let reader: Worker | null | undefined;
  const send = (bytes: Uint8Array) => {
    const message: StoryBytes = { kind: 'bytes', bytes };
    // The page has decoded the piece already (fetchText), so its memory is handed over rather than copied: a CPU
    // profile of a 100,000-incident load charged the copies most of a second of the page's main thread. Only a piece
    // that is its whole buffer is handed over (a download's pieces are); a view into a larger buffer is copied, since
    // handing it over would take the rest of that buffer too. (A fetch's pieces are never shared memory.)
    reader?.postMessage(message, bytes.byteLength < bytes.buffer.byteLength ? [] : [bytes.buffer as ArrayBuffer]);
  };
  return {
    onBytes(bytes) {
      if (reader !== undefined) return send(bytes);
      held.push(bytes);
      received += bytes.byteLength;
      if (received > startPastBytes) {
        // Null where no worker can be started: the text is then read as it would have been, whole.
        reader = startStoryReaderWorker();
        held.splice(0).forEach(send);
      }
    },
    reader: () => reader ?? null,
  };
}
