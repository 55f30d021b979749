// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHandoutSlot, LazyPrintHandout } from '../../../src/app/LazyPrintHandout.tsx';
import { usePrintPreparation } from '../../../src/app/usePrintPreparation.ts';
import { PrintPreparationContext } from '../../../src/panels/handout/PrintPreparationContext.ts';
import { PrintHandoutButton } from '../../../src/panels/handout/PrintHandoutButton.tsx';
import { fixtureStory } from '../../fixtures/fixtureStory.ts';

/** The page's print parts as LoadedStory wires them: the button over the map, the handout's place at the end. */
function PrintParts() {
  const { preparation, handoutSlot } = usePrintPreparation();
  return (
    <PrintPreparationContext value={preparation}>
      <PrintHandoutButton />
      <LazyPrintHandout slot={handoutSlot} story={fixtureStory()} />
    </PrintPreparationContext>
  );
}

describe('LazyPrintHandout', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('is empty at first, and the handout is in the page by the time "Print handout" prints', async () => {
    let handoutWhenPrinted: Element | null = null;
    vi.stubGlobal('print', () => {
      handoutWhenPrinted = document.querySelector('.print-handout');
    });
    render(<PrintParts />);
    expect(document.querySelector('.print-handout')).toBeNull();
    await act(async () => {
      screen.getByRole('button', { name: 'Print handout' }).click();
      await vi.waitFor(() => expect(handoutWhenPrinted).not.toBeNull());
    });
    expect(screen.queryAllByRole('table', { name: 'Incidents, and who says what about them' })).toHaveLength(1);
  });

  it('arrives at idle without rendering the story around it again', async () => {
    let storyRenders = 0;
    /** As LoadedStory holds the print preparation: it must not render again when the handout arrives. */
    function StoryAround() {
      storyRenders += 1;
      const { preparation, handoutSlot } = usePrintPreparation();
      return (
        <PrintPreparationContext value={preparation}>
          <LazyPrintHandout slot={handoutSlot} story={fixtureStory()} />
        </PrintPreparationContext>
      );
    }
    render(<StoryAround />);
    const rendersBefore = storyRenders;
    // Fetched once the browser is idle (a short wait where it has no idle callback, as in jsdom).
    await vi.waitFor(() => expect(document.querySelector('.print-handout')).not.toBeNull(), { timeout: 5000 });
    expect(storyRenders).toBe(rendersBefore);
  });

  it('renders a handout that came at idle when React has time, and one wanted for printing at once', async () => {
    const reactActEnvironment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
    const wasActEnvironment = reactActEnvironment.IS_REACT_ACT_ENVIRONMENT;
    // Without act(), which would flush everything: what is in the page right after fill() is what fill() did.
    reactActEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
    try {
      const Handout = () => <p className="print-handout">the handout</p>;
      const atIdle = createHandoutSlot();
      render(<LazyPrintHandout slot={atIdle} story={fixtureStory()} />);
      atIdle.fill(Handout, false);
      expect(document.querySelector('.print-handout')).toBeNull();
      await vi.waitFor(() => expect(document.querySelector('.print-handout')).not.toBeNull());
      cleanup();

      const forPrinting = createHandoutSlot();
      render(<LazyPrintHandout slot={forPrinting} story={fixtureStory()} />);
      await new Promise((resolve) => setTimeout(resolve, 0));
      forPrinting.fill(Handout, true);
      expect(document.querySelector('.print-handout')).not.toBeNull();
    } finally {
      reactActEnvironment.IS_REACT_ACT_ENVIRONMENT = wasActEnvironment;
    }
  });
});
