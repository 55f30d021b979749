// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CopyLinkButton } from '../../../../src/panels/mapTools/CopyLinkButton.tsx';

function giveClipboard(clipboard: Partial<Clipboard> | undefined) {
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
}

describe('CopyLinkButton', () => {
  afterEach(() => giveClipboard(undefined));

  it('copies the page address and says so politely', async () => {
    window.history.replaceState(null, '', '/citemap/?incident=strike-panjgur&layers=strikes');
    const writeText = vi.fn(() => Promise.resolve());
    giveClipboard({ writeText });
    const { container } = render(<CopyLinkButton />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    await waitFor(() => expect(container.querySelector('[aria-live="polite"]')?.textContent).toBe('Link copied'));
    expect(writeText).toHaveBeenCalledWith(window.location.href);
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('shows the link selected in a read-only field when the browser refuses', async () => {
    giveClipboard({ writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) });
    render(<CopyLinkButton />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    const field = await screen.findByRole<HTMLInputElement>('textbox', { name: /Copy this link by hand/ });
    expect(field.readOnly).toBe(true);
    expect(field.value).toBe(window.location.href);
    // Focus and selection come from an effect after the field is drawn: on a busy machine, a moment after it appears.
    await waitFor(() => expect(document.activeElement).toBe(field));
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, field.value.length]);
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('falls back the same way where there is no clipboard at all (an insecure context)', async () => {
    giveClipboard(undefined);
    render(<CopyLinkButton />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    expect((await screen.findByRole<HTMLInputElement>('textbox')).value).toBe(window.location.href);
  });
});
