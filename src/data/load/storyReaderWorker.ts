/// <reference lib="webworker" />
import { storyReaderSession, type StoryReaderMessage } from './storyReaderSession.ts';

// One story, one worker: the page starts a worker per large text and ends it with the answer.
const session = storyReaderSession();

self.onmessage = async (event: MessageEvent<StoryReaderMessage>) => {
  const answer = session(event.data);
  if (answer !== null) self.postMessage(await answer);
};
