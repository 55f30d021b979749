import { afterEach } from 'vitest';

// Vitest runs without `globals`, so Testing Library cannot register its own cleanup: do it here, only where a DOM exists.
afterEach(async () => {
  if (typeof document === 'undefined') return;
  const { cleanup } = await import('@testing-library/react');
  cleanup();
});
