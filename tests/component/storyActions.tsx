import type { ReactNode } from 'react';
import { vi } from 'vitest';
import { StoryActionsContext, type StoryActions } from '../../src/ui/story/StoryActions.ts';

/** The story's actions as spies, and a wrapper that provides them, for a component rendered on its own. */
export function spiedStoryActions() {
  const actions = {
    selectOnMap: vi.fn<(incidentId: string) => void>(),
    selectBesideMap: vi.fn<(incidentId: string) => void>(),
    deselectIncident: vi.fn<(incidentId: string) => void>(),
    showPassage: vi.fn<(passageId: string, incidentId: string) => void>(),
  } satisfies StoryActions;
  function wrapper({ children }: { children: ReactNode }) {
    return <StoryActionsContext value={actions}>{children}</StoryActionsContext>;
  }
  return { actions, wrapper };
}
