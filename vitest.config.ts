import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      // Pure functions: no site needed, so they run (and fail) on their own.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          // Builds the fixture site once and serves it, for the build and browser tests.
          globalSetup: ['tests/setup/fixture-site.ts'],
          // One file at a time: several of these files run whole builds, and builds of one
          // project share its .astro/ folder (Astro writes the content module map there),
          // so two at once could bundle each other's content.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
