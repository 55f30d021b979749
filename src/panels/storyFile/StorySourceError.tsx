import { useId } from 'react';
import './storyFile.css';

interface StorySourceErrorProps {
  /** Why the link's `story=` cannot be opened, from `parseStorySource`. */
  reason: string;
  onOpenDefault: () => void;
}

/** A link whose `story=` parameter cannot be used: say so, name the parameter, and offer the app's own story. */
export function StorySourceError({ reason, onOpenDefault }: StorySourceErrorProps) {
  const headingId = useId();
  return (
    <section className="load-error" role="alert" aria-labelledby={headingId}>
      <h2 id={headingId}>The link’s story cannot be opened</h2>
      <p>
        The link’s <code>story=</code> parameter was not used: <bdi>{reason}</bdi>.
      </p>
      <button type="button" className="load-error__retry" onClick={onOpenDefault}>
        Open the default story instead
      </button>
    </section>
  );
}
