// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OFFLINE_READY_SHOWN_MS, useOfflineApp, type RegisterOfflineApp } from '../../../src/app/useOfflineApp.ts';
import { OfflineAppNoticeRegion } from '../../../src/app/OfflineAppNoticeRegion.tsx';

type Callbacks = Parameters<RegisterOfflineApp>[0];

/** Lets the notice's lazily fetched content arrive and render. */
async function settle() {
  await act(async () => {
    await import('../../../src/panels/page/OfflineAppNotice.tsx');
    await vi.advanceTimersByTimeAsync(0);
  });
}

/** The notice's live region: polite, and not a role="status", of which the map's status line is the page's one. */
function notice(): HTMLElement {
  const region = document.querySelector<HTMLElement>('.offline-app-notice[aria-live="polite"]');
  if (region === null) throw new Error('the notice has no live region');
  return region;
}

function Harness({ register, storySettled = true }: { register: RegisterOfflineApp; storySettled?: boolean }) {
  const { status, reload, dismiss } = useOfflineApp(storySettled, register);
  return <OfflineAppNoticeRegion status={status} onReload={reload} onDismiss={dismiss} />;
}

describe('the offline app notice', () => {
  let callbacks: Callbacks | null = null;
  const update = vi.fn(() => Promise.resolve());
  const register: RegisterOfflineApp = (given) => {
    callbacks = given;
    return update;
  };

  beforeEach(() => {
    // jsdom has no service workers; the hook registers only where the browser has them.
    Object.defineProperty(navigator, 'serviceWorker', { value: {}, configurable: true });
    vi.useFakeTimers();
  });

  afterEach(() => {
    vi.useRealTimers();
    callbacks = null;
    update.mockClear();
    Reflect.deleteProperty(navigator, 'serviceWorker');
  });

  async function renderRegistered() {
    render(<Harness register={register} />);
    await act(() => vi.runAllTimersAsync());
    if (callbacks === null) throw new Error('the worker was never registered');
    return callbacks;
  }

  it('registers the worker only once the page is idle, and says nothing until it has something to say', async () => {
    render(<Harness register={register} />);
    expect(callbacks).toBeNull();
    await act(() => vi.runAllTimersAsync());
    expect(callbacks).not.toBeNull();
    expect(notice().textContent).toBe('');
  });

  it('waits for the story before registering, and registers once however often the story changes', async () => {
    let registrations = 0;
    const counting: RegisterOfflineApp = (given) => {
      registrations += 1;
      return register(given);
    };
    const { rerender } = render(<Harness register={counting} storySettled={false} />);
    // A large story still loading: the worker's install would fetch it a second time alongside.
    await act(() => vi.runAllTimersAsync());
    expect(registrations).toBe(0);
    rerender(<Harness register={counting} storySettled />);
    await act(() => vi.runAllTimersAsync());
    expect(registrations).toBe(1);
    // Another story opened, loading, then shown: the worker is already registered.
    rerender(<Harness register={counting} storySettled={false} />);
    rerender(<Harness register={counting} storySettled />);
    await act(() => vi.runAllTimersAsync());
    expect(registrations).toBe(1);
  });

  it('announces a new version and reloads only when the reader asks', async () => {
    const { onNeedRefresh } = await renderRegistered();
    act(() => onNeedRefresh());
    await settle();
    expect(notice().textContent).toContain('A new version of Citemap is ready.');
    expect(update).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Reload to use it' }));
    expect(update).toHaveBeenCalledWith(true);
  });

  it('says when the map is saved for offline use, and goes quiet when dismissed', async () => {
    const { onOfflineReady } = await renderRegistered();
    act(() => onOfflineReady());
    await settle();
    expect(notice().textContent).toMatch(/^Saved for offline use/);
    fireEvent.click(screen.getByRole('button', { name: 'OK' }));
    expect(notice().textContent).toBe('');
  });

  it('lets the good news go by itself after a while, but keeps a new version on screen until answered', async () => {
    const { onOfflineReady, onNeedRefresh } = await renderRegistered();
    act(() => onOfflineReady());
    await act(() => vi.advanceTimersByTimeAsync(OFFLINE_READY_SHOWN_MS));
    expect(notice().textContent).toBe('');
    act(() => onNeedRefresh());
    await settle();
    await act(() => vi.advanceTimersByTimeAsync(OFFLINE_READY_SHOWN_MS * 3));
    expect(notice().textContent).toContain('A new version of Citemap is ready.');
  });

  it('stays quiet when the worker cannot be registered: the map works online as before', async () => {
    const { onRegisterError } = await renderRegistered();
    act(() => onRegisterError(new Error('blocked')));
    expect(notice().textContent).toBe('');
  });
});
