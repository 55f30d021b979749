import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { cspPlugin } from './build/cspPlugin.ts';
import { preloadStoryPlugin } from './build/preloadStoryPlugin.ts';

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
    // React and Leaflet in chunks of their own (the page preloads them beside the entry): they change only when a
    // dependency is upgraded, so a browser keeps them cached across deploys of the app's own code, and no chunk comes
    // near Vite's 500 kB warning, which thus stays meaningful for the app's own chunks. Costs about 0.4 kB gzip of
    // chunk headers and three more requests, all in parallel. Only packages the first view needs are named: a
    // catch-all node_modules group would drag on-demand code (supercluster) into the first load.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 2 },
            { name: 'leaflet', test: /node_modules[\\/](leaflet|react-leaflet|@react-leaflet)[\\/]/, priority: 1 },
          ],
        },
      },
    },
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
      // Builds the app and checks its first load against bench/byteBudget.json, so CI enforces the budget.
      'tests/budget/**/*.test.ts',
    ],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
  },
});
