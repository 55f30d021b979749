import { Component, Fragment, type ErrorInfo, type ReactNode } from 'react';
import { useI18n } from '../ui/i18n/LanguageContext.tsx';
import { translateNodes } from '../ui/i18n/translateNodes.tsx';
import { describePartDownloadError, PartDownloadError } from './loadOnDemand.ts';
import './ErrorBoundary.css';

interface ErrorBoundaryProps {
  /** What the part is, for the console only: "map", "article", "incident list". */
  part: string;
  children: ReactNode;
}

interface ErrorBoundaryState {
  /** What was thrown, wrapped: code may throw anything, even null. */
  failure: { error: unknown } | null;
  /** Bumped by "Try again": a new key mounts the part afresh instead of re-rendering its broken state. */
  attempt: number;
}

/** The short note in the failed part's place, in the reader's language. */
function PartFailure({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const i18n = useI18n();
  const what =
    error instanceof PartDownloadError
      ? describePartDownloadError(error, i18n)
      : error instanceof Error && error.message !== ''
        ? error.message
        : i18n._({ id: 'errorBoundary.unexpected', message: 'an unexpected error' });
  return (
    <div className="part-failure" role="alert">
      <p className="part-failure__message">
        {translateNodes(
          i18n,
          /*i18n*/ {
            id: 'errorBoundary.failed',
            message: 'This part failed: {error}. The rest of Citemap still works.',
          },
          { error: <bdi>{what}</bdi> },
        )}
      </p>
      <button type="button" className="part-failure__retry" onClick={onRetry}>
        {i18n._({ id: 'errorBoundary.tryAgain', message: 'Try again' })}
      </button>
    </div>
  );
}

/**
 * Keeps a fault in one part of the page to that part: the map can fail while the list and the article still work,
 * and the reader can try the part again. A class, because React catches render errors only in a class component's
 * `getDerivedStateFromError`; there is no hook for it.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { failure: null, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<ErrorBoundaryState> {
    return { failure: { error } };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept in the console for whoever fixes it; the reader sees the short message below.
    console.error(`Citemap: the ${this.props.part} failed`, error, info.componentStack);
  }

  private readonly tryAgain = () => {
    this.setState((previous) => ({ failure: null, attempt: previous.attempt + 1 }));
  };

  override render() {
    const { failure, attempt } = this.state;
    if (failure === null) return <Fragment key={attempt}>{this.props.children}</Fragment>;
    return <PartFailure error={failure.error} onRetry={this.tryAgain} />;
  }
}
