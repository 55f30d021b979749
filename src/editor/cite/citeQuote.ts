import type { Claim, Incident } from '../../model/incident.ts';
import type { QuoteAnchor } from '../../model/quoteAnchor.ts';
import { freeId, incidentById, withIncident, withStory, type StoryDraft } from '../draft/storyDraft.ts';

function claimFor(anchor: QuoteAnchor, id: string): Claim {
  // The quoted words stand as the statement until the author says it in words of their own, naming who said it.
  return { id, by: '', statement: anchor.exact, citation: { type: 'article', quote: anchor } };
}

/** A new incident that cites the words: not yet placed, dated or described; the checks list what it still needs. */
export function citeAsNewIncident(draft: StoryDraft, anchor: QuoteAnchor): { draft: StoryDraft; incidentId: string } {
  const taken = new Set(draft.story.incidents.features.map((incident) => incident.id));
  let number = draft.story.incidents.features.length + 1;
  while (taken.has(`incident-${number}`)) number += 1;
  const incidentId = `incident-${number}`;
  const incident: Incident = {
    type: 'Feature',
    id: incidentId,
    geometry: null,
    properties: {
      id: incidentId,
      kind: 'strike',
      title: '',
      summary: '',
      when: { date: '', time: null, utcOffset: '', zone: '', precision: 'day', note: null },
      place: {
        name: '',
        variants: [],
        description: '',
        geoPrecision: null,
        uncertaintyRadiusKm: null,
        coordinateSourceId: null,
      },
      actors: { initiator: { name: '', party: '' }, target: null, targetCountry: null },
      claims: [claimFor(anchor, 'claim-1')],
      casualties: [],
      sources: [],
      notes: [],
    },
  };
  const features = [...draft.story.incidents.features, incident];
  return { draft: withStory(draft, { incidents: { ...draft.story.incidents, features } }), incidentId };
}

/** Adds the words to an existing incident as one more claim. */
export function citeAsClaim(draft: StoryDraft, incidentId: string, anchor: QuoteAnchor): StoryDraft {
  const incident = incidentById(draft, incidentId);
  if (incident === undefined) return draft;
  const { claims } = incident.properties;
  const claimId = freeId(
    `claim-${claims.length + 1}`,
    claims.map((claim) => claim.id),
  );
  return withIncident(draft, {
    ...incident,
    properties: { ...incident.properties, claims: [...claims, claimFor(anchor, claimId)] },
  });
}
