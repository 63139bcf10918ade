import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['utils/**/*.test.ts', 'cli/**/*.test.ts', 'components/**/*.test.tsx', 'tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
