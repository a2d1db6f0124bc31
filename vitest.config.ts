import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    include: ['{utils,data,components,entrypoints,tests/unit}/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    // The fast-check property tests build hundreds of happy-dom documents; on a busy 2-core machine a few take
    // longer than Vitest's 5 s default without anything being wrong.
    testTimeout: 30_000,
  },
});
