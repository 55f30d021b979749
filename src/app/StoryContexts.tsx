import { useMemo, type ReactNode } from 'react';
import type { StoryIndex } from '../data/index/storyIndex.ts';
import { languageTagOrNull } from '../data/words/languageTagOrNull.ts';
import type { Story } from '../model/story.ts';
import { StoryLanguageContext } from '../ui/i18n/StoryText.tsx';
import { StoryActionsContext, type StoryActions } from '../ui/story/StoryActions.ts';
import { StoryIndexContext } from '../ui/story/StoryIndexContext.ts';

interface StoryContextsProps {
  story: Story;
  index: StoryIndex;
  actions: StoryActions;
  children: ReactNode;
}

/**
 * What map and panels read of the story on screen: its index, what a reader can do to it, and the language of its
 * words and their translations.
 */
export function StoryContexts({ story, index, actions, children }: StoryContextsProps) {
  const language = useMemo(
    () => ({ language: languageTagOrNull(story.article.language), translations: story.translations }),
    [story],
  );
  return (
    <StoryIndexContext value={index}>
      <StoryActionsContext value={actions}>
        <StoryLanguageContext value={language}>{children}</StoryLanguageContext>
      </StoryActionsContext>
    </StoryIndexContext>
  );
}
