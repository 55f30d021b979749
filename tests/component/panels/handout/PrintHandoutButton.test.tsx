// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PrintHandoutButton } from '../../../../src/panels/handout/PrintHandoutButton.tsx';
import {
  PrintPreparationContext,
  type PrintPreparation,
} from '../../../../src/panels/handout/PrintPreparationContext.ts';

describe('PrintHandoutButton', () => {
  let print: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    print = vi.fn();
    vi.stubGlobal('print', print);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('prints at once when there is nothing to wait for', async () => {
    render(<PrintHandoutButton />);
    fireEvent.click(screen.getByRole('button', { name: 'Print handout' }));
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
  });

  it('prints only once the handout is ready', async () => {
    let ready: (inPage: boolean) => void = () => undefined;
    const preparation: PrintPreparation = {
      prepare: () =>
        new Promise<boolean>((resolve) => {
          ready = resolve;
        }),
      failed: false,
      dismissFailure: () => undefined,
    };
    render(
      <PrintPreparationContext value={preparation}>
        <PrintHandoutButton />
      </PrintPreparationContext>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Print handout' }));
    await Promise.resolve();
    expect(print).not.toHaveBeenCalled();
    ready(true);
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
  });

  it('does not print a handout that could not be fetched, and says what to do', async () => {
    const dismissFailure = vi.fn();
    const preparation: PrintPreparation = { prepare: () => Promise.resolve(false), failed: true, dismissFailure };
    render(
      <PrintPreparationContext value={preparation}>
        <PrintHandoutButton />
      </PrintPreparationContext>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Print handout' }));
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('The handout could not be downloaded, so it would be missing from the paper.');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(dismissFailure).toHaveBeenCalledTimes(1);
    await Promise.resolve();
    expect(print).not.toHaveBeenCalled();
  });

  it('closes "More to print" once focus or a press goes elsewhere, not while it moves among its options', async () => {
    render(
      <>
        <PrintHandoutButton withWorksheet />
        <button type="button">Layers &amp; legend</button>
      </>,
    );
    const more = screen.getByRole('button', { name: 'More to print' });
    const options = () => screen.queryByRole('button', { name: 'Worksheet and answer key' });

    fireEvent.click(more);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    screen.getByRole('button', { name: 'Handout with the full record' }).focus();
    expect(options()).not.toBeNull();
    // Tab past the options, onto the next control.
    screen.getByRole('button', { name: 'Layers & legend' }).focus();
    await waitFor(() => expect(more.getAttribute('aria-expanded')).toBe('false'));
    expect(options()).toBeNull();

    fireEvent.click(more);
    fireEvent.pointerDown(screen.getByRole('button', { name: 'Worksheet and answer key' }));
    expect(more.getAttribute('aria-expanded')).toBe('true');
    fireEvent.pointerDown(document.body);
    await waitFor(() => expect(more.getAttribute('aria-expanded')).toBe('false'));

    // An option pressed still prints.
    fireEvent.click(more);
    fireEvent.click(screen.getByRole('button', { name: 'Worksheet and answer key' }));
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
  });
});
