import { useId, useState } from 'react';
import type { StoryAddress } from '../../data/load/webAddress.ts';
import type { DataProblem } from '../../model/describeIssues.ts';
import './storyOrigin.css';

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export type StoryOrigin = { kind: 'link'; address: StoryAddress; siteHost: string } | { kind: 'file'; name: string };

interface StoryOpenedFromProps {
  origin: StoryOrigin;
  /** What the reader should be told once about what the file held and could not be shown; dismissed with OK. */
  notices: readonly DataProblem[];
}

/**
 * Where the story on screen came from, when it is not the site's own: the final address of a link (after redirects,
 * its host in punycode) and whether it is another site, or the name of a file from the reader's computer. It prints
 * with the handout, so that a printed map from elsewhere never passes for this site's. Below it, once, what the file
 * held that could not be shown.
 */
export function StoryOpenedFrom({ origin, notices }: StoryOpenedFromProps) {
  const headingId = useId();
  const [noticesShown, setNoticesShown] = useState(notices.length > 0);
  return (
    <section className="story-origin" aria-labelledby={headingId}>
      <h2 id={headingId} className="story-origin__line">
        {origin.kind === 'file' ? (
          <>
            Opened from the file <bdi className="story-origin__address">{origin.name}</bdi> on this device: not a story
            published by this site.
          </>
        ) : origin.address.otherSite ? (
          <>
            Opened from another site, <bdi className="story-origin__address">{origin.address.shown}</bdi>: not a story
            published by {origin.siteHost}. Check who made it before relying on it.
          </>
        ) : (
          <>
            Opened from <bdi className="story-origin__address">{origin.address.shown}</bdi>.
          </>
        )}
      </h2>
      {noticesShown && (
        <div className="story-origin__notices no-print" role="status">
          <p className="story-origin__notices-heading">
            What the file holds that is not shown as you might expect:{' '}
            <button type="button" className="story-origin__ok" onClick={() => setNoticesShown(false)}>
              OK
            </button>
          </p>
          <ul className="story-origin__notice-list">
            {notices.map((notice, index) => (
              <li key={`${notice.path}-${index}`}>
                {notice.path !== '(file)' && (
                  <>
                    <code>
                      <bdi>{notice.path}</bdi>
                    </code>
                    :{' '}
                  </>
                )}
                {capitalise(notice.message)}.
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
