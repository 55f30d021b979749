/// <reference lib="webworker" />
import { readStoryText, type StoryTextOptions } from './readStoryText.ts';

/** What the page asks of the worker: one text to read as a story. */
export interface StoryReadRequest {
  fileName: string;
  text: string;
  options: Omit<StoryTextOptions, 'xmlParser'>;
}

// One request, one answer: the page starts a worker per large file and ends it with the answer.
self.onmessage = async (event: MessageEvent<StoryReadRequest>) => {
  const { fileName, text, options } = event.data;
  self.postMessage(await readStoryText(fileName, text, options));
};
