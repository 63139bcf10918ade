import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// Two projects: `unit` (fast, no browser) and `e2e` (the built extension in Chromium; its
// globalSetup builds the extension once per run). `npx vitest run path/to/file` runs only the
// project that file belongs to; `npx vitest run --project unit` runs every unit test alone.
export default defineConfig({
  plugins: [preact()],
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['utils/**/*.test.ts', 'utils/**/*.test.tsx', 'cli/**/*.test.ts', 'components/**/*.test.tsx', 'tests/**/*.test.ts'],
          exclude: ['tests/e2e/**', '**/node_modules/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          // One browser per file; two cores: run the files one after another.
          fileParallelism: false,
          testTimeout: 90_000,
        },
      },
    ],
  },
});
