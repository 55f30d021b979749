/// <reference lib="webworker" />
import { validateStoryShape } from 'virtual:story-shape-validator';
import { storyReaderSession, type StoryReaderMessage } from './storyReaderSession.ts';

// One story, one worker: the page starts a worker per large text and ends it with the answer. A story bundle's shape
// is checked by the validator compiled at build time, its refinements by zod's checks (quickStoryCheck.ts).
const session = storyReaderSession(validateStoryShape);

self.onmessage = async (event: MessageEvent<StoryReaderMessage>) => {
  const answer = session(event.data);
  if (answer !== null) self.postMessage(await answer);
};
