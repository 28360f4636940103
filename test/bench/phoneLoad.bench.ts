/**
 * A cheap phone on a weak signal opening a participant link: Chromium with its network slowed to
 * 400 kbps each way and 400 ms round trips (CDP Network.emulateNetworkConditions) and its CPU 4×
 * slower (Emulation.setCPUThrottlingRate). Reports the bytes sent to the phone (JS, CSS, the rest),
 * the time from navigation to a usable join form on the first visit (issue 25's figure: the name
 * typed into its field and "I'm remote" pressed, the instant the page lets both happen), and the
 * time from navigation to a usable "Raise hand": on the first visit (empty cache; the join
 * screen is filled in as soon as it shows, so the time is the app's, not the typing's) and on a
 * repeat visit (same profile: the phone is a member already and goes straight to the room).
 *
 * The person acts the instant the page lets them, and is watched from inside the page
 * (instantUser.ts), so the probe does not slow the page it measures; the time is the page's own,
 * from the start of the navigation.
 *
 * The room has a topic with a two-paragraph draft, so the phone also gets the draft's reader. After
 * the first visit's "Raise hand", the bench waits until 60 s after the navigation and counts every
 * byte the server has written to the phone's connections (the page, its worker's precache, the
 * room's and the draft's sockets, headers included). Then a second new phone visits and, once
 * "Raise hand" is usable and its page has settled (3 s), touches the draft's first paragraph and
 * types at once: the time from the touch to the first frame showing the first character, and to the
 * frame with it in the editor, whose file the touch starts loading (never used on this phone: not
 * cached). Each figure is also taken
 * on the bare page (barePhone.ts: the same steps with no app) in the same run, for the ratio.
 *
 * BENCH_PHONE_RUNS (default 3) visits each; the median is printed. BENCH_PHONE_DIST serves
 * another build of the web app (e.g. an older one, to compare), instead of client/dist.
 * BENCH_PHONE_PROBE=playwright measures as the first figures did (Playwright's locators, fill and
 * click from outside, timed in Node), to compare with them.
 */
import type { Browser, CDPSession, Page } from 'playwright-core';
import { launchBrowser, newContext, PHONE } from '../support/browser.js';
import { connect, createRoom, ok } from '../support/clients.js';
import { writeDraft } from '../support/draftClients.js';
import { startServer } from '../support/testServer.js';
import { BARE_DRAFT, countBytesSent, startBarePhone } from './barePhone.js';
import { throttleServiceWorkers, type ThrottledWorkers } from './throttleWorkers.js';
import { joinInstantly, raiseHandUsable, watchFirstCharacter, type FirstCharacter } from './instantUser.js';

const RUNS = Number(process.env['BENCH_PHONE_RUNS'] ?? 3);
const DIST = process.env['BENCH_PHONE_DIST'];
/** `playwright`: the first figures' probe (locators, fill and click from outside), for comparing with them. */
const PROBE = process.env['BENCH_PHONE_PROBE'] === 'playwright' ? 'playwright' : 'page';
const KBPS = 400;
const RTT_MS = 400;
const CPU_SLOWDOWN = 4;
const WINDOW_MS = Number(process.env['BENCH_PHONE_WINDOW_S'] ?? 60) * 1000;
const TOPIC = 'Bicycle racks';

interface Visit {
  /** Navigation to "Raise hand" enabled, in ms. */
  interactive: number;
  /**
   * Navigation to the join form usable, in ms: the name typed into its field and a join button
   * pressed, the instant the page let both happen (the first visit only).
   */
  joinForm: number | null;
  /** The press of "I'm remote" to "Raise hand" enabled, in ms (the in-page probe's first visit only). */
  joined: number | null;
  /** Bytes on the wire (headers and body, compressed as sent), by kind, as the page's own requests saw them. */
  bytes: { script: number; stylesheet: number; other: number };
  /** Content-Encoding of the scripts, as the server chose it. */
  encodings: Set<string>;
  /** Date.now() at the navigation. */
  started: number;
}

interface FirstVisit extends Visit {
  /** Bytes the server wrote to the phone's connections in the first 60 s after the navigation. */
  sent60: number;
}

/** Where the phone goes, and how its draft is touched. */
interface Target {
  link: string;
  /** Starts counting the bytes written to connections opened from now on. */
  countFrom(): () => number;
  /** The draft's text as the page shows it before the editor, and the editor (null: none). */
  text: string;
  editor: string | null;
}

const LINK = {
  offline: false,
  latency: RTT_MS,
  downloadThroughput: (KBPS * 1000) / 8,
  uploadThroughput: (KBPS * 1000) / 8,
};

/** The page's link and CPU, and its service workers' link (throttleWorkers.ts), from before the first request. */
async function throttle(page: Page): Promise<{ cdp: CDPSession; workers: ThrottledWorkers }> {
  const cdp = await page.context().newCDPSession(page);
  const workers = await throttleServiceWorkers(cdp, LINK);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', LINK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  return { cdp, workers };
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
  let joined: number | null = null;
  let joinForm: number | null = null;
  if (PROBE === 'playwright') {
    // The probe of the first figures (docs/performance.md): Playwright's locators, from outside.
    if (join) {
      const name = page.getByLabel('Your name');
      await name.waitFor({ timeout: 120_000 });
      await name.fill('Ana Wu');
      await page.getByRole('button', { name: "I'm remote" }).click();
      joinForm = Date.now() - started;
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
    const pressed = join ? await page.evaluate(joinInstantly, 'Ana Wu') : null;
    interactive = await usable;
    joinForm = pressed;
    if (pressed !== null) joined = interactive - pressed;
  }
  // Let what loads after (the draft's reader) finish, so its bytes are counted on the first visit too.
  await page.waitForTimeout(3_000);
  cdp.off('Network.responseReceived', onResponse);
  cdp.off('Network.loadingFinished', onFinished);
  return { interactive, joinForm, joined, bytes, encodings, started };
}

/** Touches the start of the draft's first paragraph and types at once; timed in the page. */
async function touchAndType(page: Page, target: Target): Promise<FirstCharacter> {
  const text = page.locator(target.text).first();
  await text.waitFor({ timeout: 120_000 });
  await text.scrollIntoViewIfNeeded();
  const box = (await text.boundingBox())!;
  await page.evaluate(watchFirstCharacter, { character: 'R', text: target.text, editor: target.editor });
  await page.touchscreen.tap(box.x + 2, box.y + Math.min(box.height / 2, 10));
  await page.keyboard.type('Racks ');
  return page.evaluate(() => (window as unknown as { __firstCharacter: Promise<FirstCharacter> }).__firstCharacter);
}

/** A new phone (its own profile, throttled) on `target`; closed after `use`. */
async function onPhone<T>(
  browser: Browser,
  use: (page: Page, cdp: CDPSession, workers: ThrottledWorkers) => Promise<T>,
): Promise<T> {
  const context = await newContext(browser, { ...PHONE });
  context.setDefaultTimeout(120_000);
  // tsx names the functions page.evaluate sends with a helper (`__name`) the page lacks.
  await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  try {
    const page = await context.newPage();
    const { cdp, workers } = await throttle(page);
    return await use(page, cdp, workers);
  } finally {
    await context.close();
  }
}

/** The first visit and what was sent in its first 60 s; then the repeat visit, unless `repeat` is off. */
const visits = (browser: Browser, target: Target, repeat: boolean) =>
  onPhone(browser, async (page, cdp) => {
    const sent = target.countFrom();
    const first = await visit(page, cdp, target.link, true);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, first.started + WINDOW_MS - Date.now())));
    const sent60 = sent();
    return { first: { ...first, sent60 }, repeat: repeat ? await visit(page, cdp, target.link, false) : null };
  });

/**
 * Another new phone: its first visit, then the touch, with what its service workers fetched under
 * the throttle (the editor's file, on the touch, is one of them: the worker answers it from the
 * network the first time).
 */
const touches = (browser: Browser, target: Target) =>
  onPhone(browser, async (page, cdp, workers) => {
    await visit(page, cdp, target.link, true);
    const touch = await touchAndType(page, target);
    return { touch, workers: { ...workers } };
  });

/** A room with an open topic whose draft has two paragraphs; the Node clients that set it up have left. */
async function roomWithDraft(url: string): Promise<string> {
  const room = await createRoom(url, 'Bench council', 'en');
  const host = await connect(url, { roomId: room.roomId, token: room.tokens.host, name: 'Chair' });
  const itemId = (await ok(host, { type: 'agenda.propose', title: TOPIC }))!;
  await ok(host, { type: 'agenda.activate', itemId });
  await writeDraft(url, room.roomId, room.tokens.participant, itemId, ...BARE_DRAFT.split('\n'));
  host.close();
  return room.links.participant.replace('#', '?lang=en#');
}

const median = (values: number[]) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)]!;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const ms = (value: number) => `${Math.round(value)} ms`;

/** One figure for ours and the bare page: medians, each run, and the ratio. */
function row(label: string, ours: number[], bare: number[] | null, unit: (n: number) => string): string {
  const figure = (values: number[]) => `${unit(median(values))} (${values.map(unit).join(', ')})`;
  const against = bare?.length
    ? `; bare ${figure(bare)}; ratio ${(median(ours) / median(bare)).toFixed(2)}×`
    : '; bare —';
  return `  ${label.padEnd(38)} ours ${figure(ours)}${against}`;
}

export async function runPhoneLoadBench(): Promise<string[]> {
  const server = await startServer(undefined, 0, DIST ? { clientDist: DIST } : {});
  const bare = await startBarePhone();
  const countOurs = countBytesSent(server.app.http);
  const browser = await launchBrowser();
  const ours: { first: FirstVisit; repeat: Visit | null; touch: FirstCharacter; workers: ThrottledWorkers }[] = [];
  const bares: { first: FirstVisit; touch: FirstCharacter }[] = [];
  try {
    for (let run = 0; run < RUNS; run += 1) {
      const link = await roomWithDraft(server.url);
      const app = { link, countFrom: countOurs, text: '.draft__text--reader p', editor: '.ProseMirror' };
      ours.push({ ...(await visits(browser, app, true)), ...(await touches(browser, app)) });
      const page = { link: bare.url, countFrom: bare.countFrom, text: 'textarea', editor: null };
      bares.push({ ...(await visits(browser, page, false)), touch: (await touches(browser, page)).touch });
    }
  } finally {
    await browser.close();
    await bare.close();
    await server.stop({ removeData: true });
  }
  const firsts = ours.map((o) => o.first);
  const repeats = ours.flatMap((o) => (o.repeat ? [o.repeat] : []));
  const joined = (visits: Visit[]) => visits.flatMap((v) => (v.joined === null ? [] : [v.joined]));
  const inEditor = ours.flatMap((o) => (o.touch.inEditor === null ? [] : [o.touch.inEditor]));
  const bareFirsts = bares.map((b) => b.first);
  const sentLine = (label: string, visits: Visit[]) => {
    const js = median(visits.map((v) => v.bytes.script));
    const css = median(visits.map((v) => v.bytes.stylesheet));
    const other = median(visits.map((v) => v.bytes.other));
    const encodings = [...new Set(visits.flatMap((v) => [...v.encodings]))].join('/');
    return `  ${label.padEnd(38)} JS ${kb(js)} + CSS ${kb(css)} = ${kb(js + css)}, other ${kb(other)}; scripts as ${encodings}`;
  };
  const joinForms = (visits: Visit[]) => visits.flatMap((v) => (v.joinForm === null ? [] : [v.joinForm]));
  return [
    `A phone opening a participant link: ${KBPS} kbps, ${RTT_MS} ms RTT, CPU ${CPU_SLOWDOWN}× slower, ${RUNS} runs (median, then each run)${DIST ? `, build ${DIST}` : ''}; bare: the same steps on a page with no app (barePhone.ts)`,
    row('first visit → join form usable', joinForms(firsts), joinForms(bareFirsts), s),
    row(
      'first visit → "Raise hand" usable',
      firsts.map((v) => v.interactive),
      bareFirsts.map((v) => v.interactive),
      s,
    ),
    row('join (I\'m remote) → "Raise hand" usable', joined(firsts), joined(bareFirsts), ms),
    row(
      'sent to the phone in its first 60 s',
      firsts.map((v) => v.sent60),
      bareFirsts.map((v) => v.sent60),
      kb,
    ),
    row(
      'touch → first character shown',
      ours.map((o) => o.touch.shown),
      bares.map((b) => b.touch.shown),
      ms,
    ),
    row('touch → the character in the editor', inEditor, null, s),
    // The row above is trusted when the touch's phone had its worker throttled from its start.
    `  ${'  service workers throttled from start'.padEnd(38)} ${ours.map(({ workers }) => workers.attached).join(', ')}`,
    row(
      'repeat visit → "Raise hand" usable',
      repeats.map((v) => v.interactive),
      null,
      s,
    ),
    sentLine("first visit, the page's own requests", firsts),
    sentLine("repeat visit, the page's own requests", repeats),
  ];
}
