import { useCallback, useEffect, useState } from 'react';
import { whenIdle } from './whenIdle.ts';

/** How long "Saved for offline use" stays on screen unless dismissed sooner. */
export const OFFLINE_READY_SHOWN_MS = 10_000;

/** What the offline app has to tell the reader, if anything. */
export type OfflineAppStatus = 'none' | 'ready-offline' | 'new-version' | 'failed';

/** The registration the page needs: `virtual:pwa-register`'s, or a stand-in in tests. */
export type RegisterOfflineApp = (callbacks: {
  onOfflineReady: () => void;
  onNeedRefresh: () => void;
  onRegisterError: (error: unknown) => void;
}) => (reloadPage?: boolean) => Promise<void>;

async function registerBuiltWorker(callbacks: Parameters<RegisterOfflineApp>[0]) {
  // Fetched on demand: the first load carries none of the service worker's code (see vite.config.ts).
  const { registerSW } = await import('virtual:pwa-register');
  return registerSW({ immediate: true, ...callbacks });
}

const defaultRegister: RegisterOfflineApp = (callbacks) => {
  const pending = registerBuiltWorker(callbacks);
  return async (reloadPage) => {
    const update = await pending;
    await update(reloadPage);
  };
};

/**
 * Registers the service worker once the page's story has loaded (or failed to) and the page is idle, and reports what
 * the reader should know: that the map now works with no network, or that a new version is ready (it is never swapped
 * in without the reader's say). Not before the story is in: the worker's install fetches every file of the app again,
 * the story among them, and a large story's second download and storing would compete with the first one's reading.
 */
export function useOfflineApp(storySettled: boolean, register: RegisterOfflineApp = defaultRegister) {
  const [status, setStatus] = useState<OfflineAppStatus>('none');
  const [update, setUpdate] = useState<((reloadPage?: boolean) => Promise<void>) | null>(null);

  const [registered, setRegistered] = useState(false);
  useEffect(
    function registerWhenIdle() {
      if (registered || !storySettled || !('serviceWorker' in navigator)) return undefined;
      return whenIdle(() => {
        setRegistered(true);
        const updateApp = register({
          onOfflineReady: () => setStatus('ready-offline'),
          onNeedRefresh: () => setStatus('new-version'),
          onRegisterError: () => setStatus('failed'),
        });
        setUpdate(() => updateApp);
      });
    },
    [register, registered, storySettled],
  );

  useEffect(
    function quietenOfflineReady() {
      // Good news needs saying once: it must not sit over the map through a lesson. A new version stays until answered.
      if (status !== 'ready-offline') return undefined;
      const timer = window.setTimeout(() => setStatus('none'), OFFLINE_READY_SHOWN_MS);
      return () => window.clearTimeout(timer);
    },
    [status],
  );

  const reload = useCallback(() => {
    void update?.(true);
  }, [update]);
  const dismiss = useCallback(() => setStatus('none'), []);
  return { status, reload, dismiss };
}
