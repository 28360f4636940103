import { configDefaults, defineConfig } from 'vitest/config';
import { joinWords } from './client/vite.joinWords.ts';

export default defineConfig({
  // The early join form's words (client/src/live/earlyJoin.ts), as the web app's build makes them.
  plugins: [joinWords()],
  test: {
    // Browser and real-server tests start processes and sockets; keep files independent but not too many at once on 2 cores.
    maxWorkers: 2,
    testTimeout: 20_000,
    // expect.poll waits for behaviour a person would see; on a busy 2-core machine a page can take
    // seconds, so its default of one second makes browser tests flaky without making them stricter.
    expect: { poll: { timeout: 10_000 } },
    hookTimeout: 60_000,
    // `vitest run` runs all three (`pnpm test` does); `--project unit` only the fast one (`pnpm test:unit`).
    projects: [
      {
        extends: true,
        // Pure tests beside the code they test: no server, no browser, seconds in all.
        test: { name: 'unit', include: ['{shared,server,client}/src/**/*.test.{ts,tsx}'] },
      },
      {
        extends: true,
        // Black-box tests: the real server on port 0 (serverSuite()), real clients, real processes.
        test: {
          name: 'black-box',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'test/e2e/**'],
        },
      },
      {
        extends: true,
        // Chromium against the built web app (browserSuite()); needs `pnpm build` first. No retry: a test
        // that fails once is a race people in the hall would meet too; its pages are kept in
        // test-results/failures/ (docs/development.md, "Things that bit us").
        test: { name: 'browser', include: ['test/e2e/**/*.test.ts'] },
      },
    ],
  },
});
