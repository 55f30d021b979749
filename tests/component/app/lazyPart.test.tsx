// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../../src/app/ErrorBoundary.tsx';
import { lazyPart } from '../../../src/app/lazyPart.tsx';

function Card({ title }: { title: string }) {
  return <h2>{title}</h2>;
}

/** A fetch of the card's code that the test answers by hand, one answer per fetch. */
function handAnsweredFetch() {
  const pending: { resolve: () => void; reject: (error: Error) => void }[] = [];
  const load = () =>
    new Promise<typeof Card>((resolve, reject) => {
      pending.push({ resolve: () => resolve(Card), reject });
    });
  return { load, pending };
}

describe('lazyPart', () => {
  beforeEach(() => {
    // React reports the caught failure on the console; here it is the point of the test.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('shows the fallback until the code arrives, then the part with its props', async () => {
    const fetch = handAnsweredFetch();
    const LazyCard = lazyPart(fetch.load, <p role="status">Opening…</p>);
    render(<LazyCard title="Step 1" />);
    expect(screen.getByRole('status').textContent).toBe('Opening…');
    fetch.pending[0]?.resolve();
    expect((await screen.findByRole('heading')).textContent).toBe('Step 1');
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('lets the error boundary say why it failed, and fetches again on "Try again"', async () => {
    const fetch = handAnsweredFetch();
    const LazyCard = lazyPart(fetch.load, <p role="status">Opening…</p>);
    render(
      <ErrorBoundary part="presentation">
        <LazyCard title="Step 1" />
      </ErrorBoundary>,
    );
    // The browser's own words (English, with the chunk's address) are not what the reader is shown.
    fetch.pending[0]?.reject(new TypeError('Failed to fetch dynamically imported module: /assets/Card-x.js'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(
      'This part failed: the code of this part of the page could not be downloaded (check the connection',
    );
    expect(alert.textContent).not.toContain('Failed to fetch');
    expect(fetch.pending).toHaveLength(1);

    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByRole('status').textContent).toBe('Opening…');
    expect(fetch.pending).toHaveLength(2);
    fetch.pending[1]?.resolve();
    expect((await screen.findByRole('heading')).textContent).toBe('Step 1');
  });

  it('names the part, when it is given a name', async () => {
    const fetch = handAnsweredFetch();
    const LazyCard = lazyPart(fetch.load, <p role="status">Opening…</p>, {
      id: 'part.presentation',
      message: 'presentation',
    });
    render(
      <ErrorBoundary part="presentation">
        <LazyCard title="Step 1" />
      </ErrorBoundary>,
    );
    fetch.pending[0]?.reject(new TypeError('Failed to fetch dynamically imported module: /assets/Card-x.js'));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'This part failed: the presentation could not be downloaded (check the connection',
    );
  });
});
