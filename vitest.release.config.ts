import { defineConfig } from 'vitest/config';

// The store archives in .output/ (`npm run zip` first): tests/release/archives.test.ts in `npm test`, and the slow
// rebuild from the sources archive (tests/release/rebuild.test.ts) on its own in `npm run test:rebuild`.
export default defineConfig({
  test: {
    include: ['tests/release/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
