import { useId } from 'react';
import { describeStorySourceRefusal } from '../../state/describeStorySourceRefusal.ts';
import type { StorySourceRefusal } from '../../state/storySource.ts';
import { useI18n } from '../../ui/i18n/LanguageContext.tsx';
import { translateNodes } from '../../ui/i18n/translateNodes.tsx';
import './storyFile.css';

interface StorySourceErrorProps {
  /** Why the link's `story=` cannot be opened, from `parseStorySource`; worded in the checks' catalog. */
  reason: StorySourceRefusal;
  onOpenDefault: () => void;
}

/**
 * A link whose `story=` parameter cannot be used: say so, name the parameter, and offer the app's own story. Fetched
 * on demand, with the checks' catalog that words the reason (App).
 */
export function StorySourceError({ reason, onOpenDefault }: StorySourceErrorProps) {
  const headingId = useId();
  const i18n = useI18n();

  return (
    <section className="load-error" role="alert" aria-labelledby={headingId}>
      <h2 id={headingId}>{i18n._({ id: 'storyFile.badLink', message: 'The link’s story cannot be opened' })}</h2>
      <p>
        {translateNodes(
          i18n,
          /*i18n*/ {
            id: 'storyFile.badLinkReason',
            message: 'The link’s {parameter} parameter was not used: {reason}.',
          },
          { parameter: <code>{'story='}</code>, reason: <bdi>{describeStorySourceRefusal(reason, i18n)}</bdi> },
        )}
      </p>
      <button type="button" className="load-error__retry" onClick={onOpenDefault}>
        {i18n._({ id: 'storyFile.openDefault', message: 'Open the default story instead' })}
      </button>
    </section>
  );
}
