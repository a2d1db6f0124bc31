import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built extension in real Chromium: one browser per file, files one at a time
// (the machines this runs on have two cores; Chromium wants them both).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
