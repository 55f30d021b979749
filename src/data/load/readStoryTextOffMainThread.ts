import { detectFileFormat } from './detectFileFormat.ts';
import { WORKER_FROM_CHARS, type StoryLoad } from './loadStory.ts';
import { readStoryText, type StoryTextOptions } from './readStoryText.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { Story } from '../../model/story.ts';
import type { StoryReadAnswer, StoryReadRequest } from './storyReaderSession.ts';
import type { IncidentCollection } from '../../model/incident.ts';
import { indexIncidents } from '../index/storyIndex.ts';
import { isRecord } from '../../model/isRecord.ts';
import { drawsClusters } from '../../spatial/clusterThreshold.ts';
import { startStoryReaderWorker } from './startStoryReaderWorker.ts';

export { WORKER_FROM_CHARS };

/** A parsed text's incidents, if it has the shape of a story bundle's (the worker says whether it is one). */
function incidentsOfBundle(parsed: unknown): IncidentCollection | null {
  if (!isRecord(parsed) || !isRecord(parsed.incidents)) return null;
  return Array.isArray(parsed.incidents.features) ? (parsed.incidents as unknown as IncidentCollection) : null;
}

/**
 * What the story's first render would make from a large story, made while the worker checks it (the page would
 * otherwise wait, then make it after): the story's index, and the map's cluster index for a story too large to draw
 * one marker each. Both are kept by the identity of the incidents they were made from: nothing is shown from them
 * unless the check passes and the story shown is this parse. Should the text not be a story at all, making them fails
 * or they are never used, and the page makes its own.
 */
async function prepareWhileChecked(parsed: unknown): Promise<void> {
  const incidents = incidentsOfBundle(parsed);
  // A story with no more incidents than the map draws one by one is quick to index and never clustered: the
  // clustering code is not even fetched.
  if (incidents === null || !drawsClusters(incidents.features.length)) return;
  try {
    // Inside the try: the text is not checked yet, and an incident may be anything (null, a number).
    indexIncidents(incidents);
    const { buildClustersAhead } = await import('../../spatial/incidentClusters.ts');
    buildClustersAhead(incidents.features);
  } catch {
    // Not a story's incidents after all (the worker will say why), or the code could not be fetched: nothing lost.
  }
}

/**
 * `readStoryText`, run in a Web Worker for a large file so that the page keeps answering (its "Opening…" notice and
 * Cancel button stay live) while the text is parsed and checked. KML and GPX stay in the page, which has the XML
 * parser a worker lacks; so does everything where no worker can be started (tests in Node, a browser that refuses),
 * and a worker that fails is replaced by reading in the page: the result is the same either way. `fed` is a worker
 * already sent this text's bytes as it downloaded (watchStoryDownload.ts); it is used, or ended, here.
 */
export async function readStoryTextOffMainThread(
  fileName: string,
  text: string,
  options: Omit<StoryTextOptions, 'xmlParser'>,
  fed?: Worker,
): Promise<StoryLoad> {
  const detected = detectFileFormat(fileName, text, options.contentType ?? null, options.i18n);
  const xml = detected.status === 'detected' && (detected.format === 'kml' || detected.format === 'gpx');
  const worker = text.length < WORKER_FROM_CHARS || xml ? null : (fed ?? startStoryReaderWorker());
  if (worker === null) {
    fed?.terminate();
    return readStoryText(fileName, text, options);
  }
  try {
    const answered = new Promise<StoryReadAnswer>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<StoryReadAnswer>) => resolve(event.data);
      worker.onerror = (event) => {
        event.preventDefault();
        reject(new Error(event.message));
      };
      worker.onmessageerror = () => reject(new Error('the worker’s answer could not be read'));
      const { i18n, ...plainOptions } = options;
      const request: StoryReadRequest = {
        kind: 'read',
        fileName,
        // A fed worker has the text already, decoded from the same bytes as this one.
        text: worker === fed ? undefined : text,
        options: plainOptions,
        locale: i18n.locale as Locale,
      };
      worker.postMessage(request);
    });
    // While the worker checks, the page parses the text for itself: a valid story bundle is that parse, unchanged.
    let parsed: unknown = undefined;
    try {
      parsed = JSON.parse(text);
    } catch {
      // Not JSON (CSV, GeoJSON text sequences): the worker's reading is the story.
    }
    await prepareWhileChecked(parsed);
    const reply = await answered;
    if (reply.kind === 'read') return reply.load;
    return { status: 'loaded', story: parsed as Story };
  } catch (error) {
    console.warn('Citemap: reading the story in a worker failed; reading it in the page instead', error);
    return readStoryText(fileName, text, options);
  } finally {
    worker.terminate();
  }
}
