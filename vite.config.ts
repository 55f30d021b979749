import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { cspPlugin } from './build/cspPlugin.ts';

// CITEMAP_BASE lets any static host serve the build under a sub-path, e.g. CITEMAP_BASE=/citemap/ npm run build.
const base = process.env.CITEMAP_BASE ?? '/';

export default defineConfig({
  base,
  plugins: [react(), cspPlugin()],
  build: { target: 'es2022', sourcemap: true },
  server: { port: 5173 },
  preview: { port: 4173 },
  test: {
    include: [
      'tests/unit/**/*.test.ts',
      'tests/unit/**/*.test.tsx',
      'tests/data/**/*.test.ts',
      'tests/component/**/*.test.tsx',
    ],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
  },
});
