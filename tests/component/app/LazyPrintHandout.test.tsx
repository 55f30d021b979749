// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LazyPrintHandout } from '../../../src/app/LazyPrintHandout.tsx';
import { usePrintPreparation } from '../../../src/app/usePrintPreparation.ts';
import { PrintPreparationContext } from '../../../src/panels/handout/PrintPreparationContext.ts';
import { PrintHandoutButton } from '../../../src/panels/handout/PrintHandoutButton.tsx';
import { fixtureStory } from '../../fixtures/fixtureStory.ts';

/** The page's print parts as LoadedStory wires them: the button over the map, the handout's place at the end. */
function PrintParts() {
  const { preparation, handout } = usePrintPreparation();
  return (
    <PrintPreparationContext value={preparation}>
      <PrintHandoutButton />
      <LazyPrintHandout handout={handout} story={fixtureStory()} />
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
});
