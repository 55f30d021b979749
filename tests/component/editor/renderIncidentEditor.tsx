import { englishChecksI18n } from '../../../src/i18n/englishChecks.ts';
import { render } from '@testing-library/react';
import { useMemo, useState } from 'react';
import { IncidentForm } from '../../../src/editor/describe/IncidentForm.tsx';
import { checkDraft } from '../../../src/editor/draft/checkDraft.ts';
import { draftFromStory, withIncident, type StoryDraft } from '../../../src/editor/draft/storyDraft.ts';
import { DraftProblemsContext } from '../../../src/editor/form/DraftProblems.ts';
import type { Incident } from '../../../src/model/incident.ts';
import type { Story } from '../../../src/model/story.ts';

/**
 * One incident's form as the editor shows it: its changes kept in a draft, and every field's problems from the same
 * `checkDraft` the editor runs, so a field shows the schema's error beside it as the author types.
 */
export function renderIncidentEditor(story: Story, incidentId: string) {
  let latest: StoryDraft = draftFromStory('test', story);
  function Harness() {
    const [draft, setDraft] = useState(latest);
    latest = draft;
    const check = useMemo(() => checkDraft(draft, englishChecksI18n), [draft]);
    const problems = useMemo(() => ({ story: draft.story, byPath: check.byPath }), [draft.story, check.byPath]);
    const index = draft.story.incidents.features.findIndex((incident) => incident.id === incidentId);
    const incident = draft.story.incidents.features[index];
    if (incident === undefined) throw new Error(`the story has no incident ${incidentId}`);
    return (
      <DraftProblemsContext value={problems}>
        <IncidentForm
          incident={incident}
          path={['incidents', 'features', index]}
          passages={draft.story.article.passages}
          onChange={(next) => setDraft((current) => withIncident(current, next))}
        />
      </DraftProblemsContext>
    );
  }
  const view = render(<Harness />);
  return {
    ...view,
    /** The incident as the editor now holds it. */
    incident(): Incident {
      const found = latest.story.incidents.features.find((incident) => incident.id === incidentId);
      if (found === undefined) throw new Error(`the draft lost incident ${incidentId}`);
      return found;
    },
    draft: () => latest,
  };
}
