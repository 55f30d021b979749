import { Component, Fragment, type ErrorInfo, type ReactNode } from 'react';
import './ErrorBoundary.css';

interface ErrorBoundaryProps {
  /** What the part is, for the console: "map", "article", "incident list". */
  part: string;
  children: ReactNode;
}

interface ErrorBoundaryState {
  error: Error | null;
  /** Bumped by "Try again": a new key mounts the part afresh instead of re-rendering its broken state. */
  attempt: number;
}

function messageOf(error: unknown): string {
  if (error instanceof Error && error.message !== '') return error.message;
  return 'an unexpected error';
}

/**
 * Keeps a fault in one part of the page to that part: the map can fail while the list and the article still work,
 * and the reader can try the part again. A class, because React catches render errors only in a class component's
 * `getDerivedStateFromError`; there is no hook for it.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<ErrorBoundaryState> {
    return { error: error instanceof Error ? error : new Error(messageOf(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept in the console for whoever fixes it; the reader sees the short message below.
    console.error(`Citemap: the ${this.props.part} failed`, error, info.componentStack);
  }

  private readonly tryAgain = () => {
    this.setState((previous) => ({ error: null, attempt: previous.attempt + 1 }));
  };

  override render() {
    const { error, attempt } = this.state;
    if (error === null) return <Fragment key={attempt}>{this.props.children}</Fragment>;
    return (
      <div className="part-failure" role="alert">
        <p className="part-failure__message">
          This part failed: <bdi>{messageOf(error)}</bdi>. The rest of Citemap still works.
        </p>
        <button type="button" className="part-failure__retry" onClick={this.tryAgain}>
          Try again
        </button>
      </div>
    );
  }
}
