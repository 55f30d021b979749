import { z } from '../../model/zod.ts';

const Text = z.string();

/**
 * The shape of a draft read back from this browser's storage or from a downloaded draft file: what the editor relies
 * on to show and change it, not the rules a finished story keeps (those are `checkDraft`'s, listed as problems). A
 * stored or opened draft that lacks this shape is refused with its problems, never half-shown.
 */
const DraftCitationSchema = z.looseObject({ type: z.enum(['article', 'outside']) });

const DraftIncidentSchema = z.looseObject({
  type: z.literal('Feature'),
  id: Text,
  geometry: z.nullable(z.looseObject({ type: z.literal('Point'), coordinates: z.array(z.number()) })),
  properties: z.looseObject({
    id: Text,
    kind: Text,
    title: Text,
    summary: Text,
    when: z.nullable(z.looseObject({ date: Text, time: z.nullable(Text), utcOffset: Text, zone: Text })),
    place: z.looseObject({ name: Text, description: Text }),
    actors: z.looseObject({ initiator: z.looseObject({ name: Text, party: Text }) }),
    claims: z.array(z.looseObject({ id: Text, by: Text, statement: Text, citation: DraftCitationSchema })),
    casualties: z.array(z.looseObject({ claimedBy: Text, citation: DraftCitationSchema })),
    sources: z.array(z.looseObject({ id: Text })),
    notes: z.array(Text),
  }),
});

export const DraftStorySchema = z.looseObject({
  schemaVersion: z.literal(1),
  id: Text,
  title: Text,
  summary: Text,
  defaultBounds: z.array(z.number()),
  article: z.looseObject({
    id: Text,
    title: Text,
    language: Text,
    passages: z.array(z.looseObject({ id: Text, number: z.number(), text: Text, role: z.enum(['body', 'aside']) })),
    notes: z.array(Text),
  }),
  incidents: z.looseObject({ type: z.literal('FeatureCollection'), features: z.array(DraftIncidentSchema) }),
  regions: z.looseObject({ type: z.literal('FeatureCollection'), features: z.array(z.unknown()) }),
  tour: z.nullable(
    z.looseObject({
      title: Text,
      steps: z.array(z.looseObject({ id: Text, quotes: z.array(z.unknown()), focusIncidentIds: z.array(Text) })),
    }),
  ),
  credits: z.array(z.unknown()),
});

export const StoryDraftSchema = z.looseObject({
  key: z.string().check(z.regex(/^[a-z0-9-]{1,64}$/)),
  madeHere: z.boolean(),
  articleText: Text,
  story: DraftStorySchema,
});

export const KeptDraftSchema = z.looseObject({
  draft: StoryDraftSchema,
  revision: z.number(),
  savedAt: Text,
});
