import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Builds the fixture site once and serves it, for the build and browser tests.
    globalSetup: ['tests/setup/fixture-site.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
