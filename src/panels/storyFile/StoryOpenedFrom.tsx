import { useId, useState } from 'react';
import type { StoryAddress } from '../../data/load/webAddress.ts';
import type { DataProblem } from '../../model/describeIssues.ts';
import { useI18n } from '../../ui/i18n/LanguageContext.tsx';
import { translateNodes } from '../../ui/i18n/translateNodes.tsx';
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
  const i18n = useI18n();
  const [noticesShown, setNoticesShown] = useState(notices.length > 0);
  return (
    <section className="story-origin" aria-labelledby={headingId}>
      <h2 id={headingId} className="story-origin__line">
        {origin.kind === 'file'
          ? translateNodes(
              i18n,
              /*i18n*/ {
                id: 'storyOrigin.file',
                message: 'Opened from the file {name} on this device: not a story published by this site.',
              },
              { name: <bdi className="story-origin__address">{origin.name}</bdi> },
            )
          : origin.address.otherSite
            ? translateNodes(
                i18n,
                /*i18n*/ {
                  id: 'storyOrigin.otherSite',
                  message:
                    'Opened from another site, {address}: not a story published by {site}. Check who made it before relying on it.',
                },
                {
                  address: <bdi className="story-origin__address">{origin.address.shown}</bdi>,
                  site: <bdi>{origin.siteHost}</bdi>,
                },
              )
            : translateNodes(
                i18n,
                /*i18n*/ { id: 'storyOrigin.link', message: 'Opened from {address}.' },
                { address: <bdi className="story-origin__address">{origin.address.shown}</bdi> },
              )}
      </h2>
      {noticesShown && (
        <div className="story-origin__notices no-print" role="status">
          <p className="story-origin__notices-heading">
            {i18n._({
              id: 'storyOrigin.notices',
              message: 'What the file holds that is not shown as you might expect:',
            })}{' '}
            <button type="button" className="story-origin__ok" onClick={() => setNoticesShown(false)}>
              {i18n._({ id: 'common.ok', message: 'OK' })}
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
