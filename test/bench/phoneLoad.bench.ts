/**
 * A cheap phone on a weak signal opening a participant link: Chromium with its network slowed to
 * 400 kbps each way and 400 ms round trips (CDP Network.emulateNetworkConditions) and its CPU 4×
 * slower (Emulation.setCPUThrottlingRate). Reports the bytes sent to the phone (JS, CSS, the rest)
 * and the time from navigation to a usable "Raise hand": on the first visit (empty cache; the join
 * screen is filled in as soon as it shows, so the time is the app's, not the typing's) and on a
 * repeat visit (same profile: the phone is a member already and goes straight to the room).
 *
 * The person acts the instant the page lets them, and is watched from inside the page
 * (instantUser.ts), so the probe does not slow the page it measures; the time is the page's own,
 * from the start of the navigation.
 *
 * BENCH_PHONE_RUNS (default 3) visits each; the median is printed. BENCH_PHONE_DIST serves
 * another build of the web app (e.g. an older one, to compare), instead of client/dist.
 * BENCH_PHONE_PROBE=playwright measures as the first figures did (Playwright's locators, fill and
 * click from outside, timed in Node), to compare with them.
 */
import type { CDPSession, Page } from 'playwright-core';
import { launchBrowser, newContext, PHONE } from '../support/browser.js';
import { createRoom } from '../support/clients.js';
import { startServer } from '../support/testServer.js';
import { joinInstantly, raiseHandUsable } from './instantUser.js';

const RUNS = Number(process.env['BENCH_PHONE_RUNS'] ?? 3);
const DIST = process.env['BENCH_PHONE_DIST'];
/** `playwright`: the first figures' probe (locators, fill and click from outside), for comparing with them. */
const PROBE = process.env['BENCH_PHONE_PROBE'] === 'playwright' ? 'playwright' : 'page';
const KBPS = 400;
const RTT_MS = 400;
const CPU_SLOWDOWN = 4;

interface Visit {
  /** Navigation to "Raise hand" enabled, in ms. */
  interactive: number;
  /** Bytes on the wire (headers and body, compressed as sent), by kind. */
  bytes: { script: number; stylesheet: number; other: number };
  /** Content-Encoding of the scripts, as the server chose it. */
  encodings: Set<string>;
}

async function throttle(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: RTT_MS,
    downloadThroughput: (KBPS * 1000) / 8,
    uploadThroughput: (KBPS * 1000) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  return cdp;
}

async function visit(page: Page, cdp: CDPSession, link: string, join: boolean): Promise<Visit> {
  const kinds = new Map<string, string>();
  const bytes = { script: 0, stylesheet: 0, other: 0 };
  const encodings = new Set<string>();
  const onResponse = (event: {
    requestId: string;
    type: string;
    response: { headers: Record<string, string>; fromServiceWorker?: boolean; fromDiskCache?: boolean };
  }) => {
    kinds.set(event.requestId, event.type);
    const encoding = Object.entries(event.response.headers).find(([k]) => k.toLowerCase() === 'content-encoding');
    if (event.type === 'Script') encodings.add(encoding?.[1] ?? 'none');
  };
  const onFinished = (event: { requestId: string; encodedDataLength: number }) => {
    const kind = kinds.get(event.requestId);
    const key = kind === 'Script' ? 'script' : kind === 'Stylesheet' ? 'stylesheet' : 'other';
    bytes[key] += event.encodedDataLength;
  };
  cdp.on('Network.responseReceived', onResponse);
  cdp.on('Network.loadingFinished', onFinished);
  // From a blank page, so the repeat visit is a real load (the same address would only move to its hash).
  await page.goto('about:blank');
  const started = Date.now();
  await page.goto(link, { waitUntil: 'commit', timeout: 120_000 });
  let interactive: number;
  if (PROBE === 'playwright') {
    // The probe of the first figures (docs/performance.md): Playwright's locators, from outside.
    if (join) {
      const name = page.getByLabel('Your name');
      await name.waitFor({ timeout: 120_000 });
      await name.fill('Ana Wu');
      await page.getByRole('button', { name: "I'm remote" }).click();
    }
    await page.getByRole('button', { name: 'Raise hand' }).waitFor({ timeout: 120_000 });
    await page.waitForFunction(
      () =>
        Array.from(document.querySelectorAll('button')).some(
          (b) => b.textContent?.includes('Raise hand') && !b.disabled,
        ),
      undefined,
      { timeout: 120_000, polling: 50 },
    );
    interactive = Date.now() - started;
  } else {
    // From inside the page, on its own clock (instantUser.ts).
    const usable = page.evaluate(raiseHandUsable);
    if (join) await page.evaluate(joinInstantly, 'Ana Wu');
    interactive = await usable;
  }
  // Let what loads after (the draft's reader) finish, so its bytes are counted on the first visit too.
  await page.waitForTimeout(3_000);
  cdp.off('Network.responseReceived', onResponse);
  cdp.off('Network.loadingFinished', onFinished);
  return { interactive, bytes, encodings };
}

const median = (values: number[]) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)]!;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

export async function runPhoneLoadBench(): Promise<string[]> {
  const server = await startServer(undefined, 0, DIST ? { clientDist: DIST } : {});
  const browser = await launchBrowser();
  const first: Visit[] = [];
  const repeat: Visit[] = [];
  try {
    for (let run = 0; run < RUNS; run += 1) {
      const room = await createRoom(server.url, 'Bench council', 'en');
      const link = room.links.participant.replace('#', '?lang=en#');
      const context = await newContext(browser, { ...PHONE });
      context.setDefaultTimeout(120_000);
      // tsx names the functions page.evaluate sends with a helper (`__name`) the page lacks.
      await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
      const page = await context.newPage();
      const cdp = await throttle(page);
      first.push(await visit(page, cdp, link, true));
      repeat.push(await visit(page, cdp, link, false));
      await context.close();
    }
  } finally {
    await browser.close();
    await server.stop({ removeData: true });
  }
  const line = (label: string, visits: Visit[]) => {
    const js = median(visits.map((v) => v.bytes.script));
    const css = median(visits.map((v) => v.bytes.stylesheet));
    const other = median(visits.map((v) => v.bytes.other));
    const encodings = [...new Set(visits.flatMap((v) => [...v.encodings]))].join('/');
    return `  ${label.padEnd(28)} interactive ${s(median(visits.map((v) => v.interactive))).padStart(8)} (runs: ${visits.map((v) => s(v.interactive)).join(', ')}); sent JS ${kb(js)} + CSS ${kb(css)} = ${kb(js + css)}, other ${kb(other)}; scripts as ${encodings}`;
  };
  return [
    `A phone opening a participant link: ${KBPS} kbps, ${RTT_MS} ms RTT, CPU ${CPU_SLOWDOWN}× slower, ${RUNS} runs (median)${DIST ? `, build ${DIST}` : ''}`,
    line('first visit (empty cache)', first),
    line('repeat visit', repeat),
  ];
}
