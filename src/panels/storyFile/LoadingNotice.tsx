import './storyFile.css';
interface LoadingNoticeProps {
  /** For a story a link names: where it is coming from, and the way back to the app's own story. */
  fromLink?: { address: string; onCancel: () => void };
}

/** Says the story is on its way; a story from another address can be given up on, since its server may never answer. */
export function LoadingNotice({ fromLink }: LoadingNoticeProps) {
  if (fromLink === undefined) {
    return (
      <p className="loading-notice" role="status">
        Loading the story…
      </p>
    );
  }
  return (
    <div className="loading-notice">
      <p role="status">
        Loading the story from <bdi className="loading-notice__address">{fromLink.address}</bdi>…
      </p>
      <button type="button" className="load-error__retry" onClick={fromLink.onCancel}>
        Cancel and open the default story
      </button>
    </div>
  );
}
