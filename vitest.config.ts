import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{shared,server,client}/src/**/*.test.{ts,tsx}', 'test/**/*.test.ts'],
    // Browser and real-server tests start processes and sockets; keep files independent but not too many at once on 2 cores.
    maxWorkers: 2,
    testTimeout: 20_000,
    // expect.poll waits for behaviour a person would see; on a busy 2-core machine a page can take
    // seconds, so its default of one second makes browser tests flaky without making them stricter.
    expect: { poll: { timeout: 10_000 } },
    hookTimeout: 60_000,
  },
});
