// The story editor's two hot paths, timed in Node on this machine (`npm run bench:editor`): searching the whole
// gazetteer on every keystroke, and checking a 200-incident story after every edit (the editor re-checks the whole
// draft, schema, references and honesty rules, on each change). The floor each is held to: one frame at 60 Hz
// (16.7 ms) per keystroke for the search, and 50 ms per edit for the check (the RAIL model's budget for answering
// input). Reported, not asserted: timings vary with the machine's load.
import { readFileSync } from 'node:fs';
import { checkDraft } from '../src/editor/draft/checkDraft.ts';
import { draftFromStory, withIncident } from '../src/editor/draft/storyDraft.ts';
import { parseGazetteer, searchGazetteer } from '../src/editor/place/gazetteer.ts';
import { StorySchema } from '../src/model/story.ts';
import { generateStory } from './generateStory.ts';
import { median } from './stats.ts';
import { englishChecksI18n } from '../src/i18n/englishChecks.ts';

const KEYSTROKE_FLOOR_MS = 1000 / 60;
const EDIT_FLOOR_MS = 50;
const RUNS = 15;

function time(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

function medianOf(runs: number, run: () => void): number {
  return median(Array.from({ length: runs }, () => time(run))) ?? Number.NaN;
}

const text = readFileSync(new URL('../public/gazetteer/places.tsv', import.meta.url), 'utf8');
let gazetteer = parseGazetteer(text);
const parseMs = medianOf(3, () => {
  gazetteer = parseGazetteer(text);
});
const typed = ['S', 'Sa', 'San', 'San ', 'San J', 'San Jo', 'San Jos', 'San Jose', 'zzzz'];
const keystrokeMs = typed.map((query) => ({ query, ms: medianOf(RUNS, () => searchGazetteer(gazetteer, query)) }));

const shipped = StorySchema.parse(
  JSON.parse(readFileSync(new URL('../public/data/iran-pakistan-2024/story.json', import.meta.url), 'utf8')),
);
const large = generateStory(shipped, 200);
let draft = draftFromStory('bench', large);
checkDraft(draft, englishChecksI18n);
let typedTitle = '';
const editMs = medianOf(RUNS, () => {
  typedTitle += 'a';
  const incident = draft.story.incidents.features[100];
  if (incident === undefined) throw new Error('the generated story has fewer than 200 incidents');
  draft = withIncident(draft, { ...incident, properties: { ...incident.properties, title: typedTitle } });
  checkDraft(draft, englishChecksI18n);
});

const worstKeystroke = Math.max(...keystrokeMs.map((entry) => entry.ms));
const lines = [
  `gazetteer: ${gazetteer.places.length} places, parsed in ${parseMs.toFixed(0)} ms (once, when the place search opens)`,
  ...keystrokeMs.map((entry) => `  search "${entry.query}": ${entry.ms.toFixed(2)} ms`),
  `search per keystroke, worst median: ${worstKeystroke.toFixed(2)} ms; floor ${KEYSTROKE_FLOOR_MS.toFixed(1)} ms: ${
    worstKeystroke <= KEYSTROKE_FLOOR_MS ? 'holds' : 'missed'
  }`,
  `edit in a ${large.incidents.features.length}-incident story, then the whole check: ${editMs.toFixed(1)} ms median; floor ${EDIT_FLOOR_MS} ms: ${
    editMs <= EDIT_FLOOR_MS ? 'holds' : 'missed'
  }`,
];
console.log(lines.join('\n'));
