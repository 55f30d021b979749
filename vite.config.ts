import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { cspPlugin } from './vite-plugins/cspPlugin.ts';
import { preloadStoryPlugin } from './vite-plugins/preloadStoryPlugin.ts';

// CITEMAP_BASE lets any static host serve the build under a sub-path, e.g. CITEMAP_BASE=/citemap/ npm run build.
const base = process.env.CITEMAP_BASE ?? '/';

export default defineConfig({
  base,
  plugins: [react(), cspPlugin(), preloadStoryPlugin()],
  build: {
    target: 'es2022',
    sourcemap: true,
    // Every browser the es2022 target reaches preloads modules itself (Safari 16 just loads chunks when asked):
    // the polyfill would be a kilobyte of script in front of the map for nothing.
    modulePreload: { polyfill: false },
  },
  server: { port: 5173 },
  preview: { port: 4173 },
  test: {
    include: [
      'tests/unit/**/*.test.ts',
      'tests/unit/**/*.test.tsx',
      'tests/data/**/*.test.ts',
      'tests/data/**/*.test.tsx',
      'tests/component/**/*.test.tsx',
    ],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
  },
});
