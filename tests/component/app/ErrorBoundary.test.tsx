// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../../src/app/ErrorBoundary.tsx';

/** A part that fails while `broken.now` is true, and counts how often it was mounted. */
function makeFragilePart() {
  const state = { now: true, renders: 0 };
  function FragilePart() {
    state.renders += 1;
    if (state.now) throw new Error('the map could not be drawn');
    return <p>The map is back</p>;
  }
  return { state, FragilePart };
}

describe('ErrorBoundary', () => {
  beforeEach(() => {
    // React reports every caught render error on the console; here they are the point of the test.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('keeps a failing part to itself: its siblings still render', () => {
    const { FragilePart } = makeFragilePart();
    render(
      <>
        <ErrorBoundary part="map">
          <FragilePart />
        </ErrorBoundary>
        <ErrorBoundary part="article">
          <p>The article</p>
        </ErrorBoundary>
        <p>The list</p>
      </>,
    );
    expect(screen.getByRole('alert').textContent).toBe(
      'This part failed: the map could not be drawn. The rest of Citemap still works.Try again',
    );
    expect(screen.queryAllByText('The article')).toHaveLength(1);
    expect(screen.queryAllByText('The list')).toHaveLength(1);
  });

  it('mounts the part again on "Try again"', () => {
    const { state, FragilePart } = makeFragilePart();
    render(
      <ErrorBoundary part="map">
        <FragilePart />
      </ErrorBoundary>,
    );
    state.now = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.queryAllByText('The map is back')).toHaveLength(1);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows a thrown non-error as a short message', () => {
    function ThrowsString(): never {
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- the point: third-party code may throw anything
      throw 'a string';
    }
    render(
      <ErrorBoundary part="list">
        <ThrowsString />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert').textContent).toContain('This part failed: an unexpected error.');
  });
});
