/**
 * What an operator sees (issue 27, "See it"): `GET /metrics` read by a real Prometheus parser's
 * rules after real traffic, who may read it (`METRICS_ALLOW`, behind a proxy too), the request log
 * (pino-http) without tokens or join codes, and `/healthz` against `/readyz`.
 */
import { createLogger } from '@dr/server';
import { Writable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { connect, connectError, createRoom, ok, type CreatedRoom } from '../support/clients.js';
import { appendParagraph, connectDraft, roundTrip } from '../support/draftClients.js';
import { sampleValue, scrape } from '../support/prometheus.js';
import { serverSuite } from '../support/serverSuite.js';

/** Every line the server logs, as written. */
const logLines: string[] = [];
const sink = new Writable({
  write(chunk: Buffer, _encoding, done) {
    logLines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    done();
  },
});
const suite = serverSuite({ server: { logger: createLogger('info', sink) } });
let room: CreatedRoom;

beforeAll(async () => {
  room = await createRoom(suite.url, 'Operations check', 'en');
});

describe('GET /metrics', () => {
  it('shows Node’s defaults and the room’s traffic: sockets, rooms, commands, latency, batches, appends, drafts, refusals', async () => {
    const host = await connect(suite.url, { roomId: room.roomId, token: room.tokens.host, name: 'Chair' });
    const watcher = await connect(suite.url, { roomId: room.roomId, token: room.tokens.observer });
    const itemId = await ok(host, { type: 'agenda.propose', title: 'Street lights' });
    const refused = await watcher.command({ type: 'agenda.propose', title: 'Not mine to propose' });
    expect(refused.ok).toBe(false);
    const malformed = await host.command({ type: 'no.such.command' });
    expect(malformed.ok).toBe(false);
    const wrongLink = await connectError(suite.url, { roomId: room.roomId, token: 'x'.repeat(43) });
    expect(wrongLink.reason).toBe('access.badLink');
    const draft = await connectDraft(suite.url, room.roomId, room.tokens.host);
    appendParagraph(draft.draft(itemId!), 'Two lamps by the well.');
    await roundTrip(draft);

    const samples = await scrape(suite.url);
    // Node's defaults (prom-client's collectDefaultMetrics).
    expect(sampleValue(samples, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(sampleValue(samples, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
    // This node's own.
    expect(sampleValue(samples, 'dr_sockets', { role: 'host' })).toBe(1);
    expect(sampleValue(samples, 'dr_sockets', { role: 'observer' })).toBe(1);
    expect(sampleValue(samples, 'dr_sockets', { role: 'participant' })).toBe(0);
    expect(sampleValue(samples, 'dr_rooms_loaded')).toBe(1);
    expect(sampleValue(samples, 'dr_commands_total', { type: 'agenda.propose', outcome: 'ok' })).toBe(1);
    expect(sampleValue(samples, 'dr_commands_total', { type: 'agenda.propose', outcome: 'forbidden' })).toBe(1);
    // A made-up type never becomes a label of its own.
    expect(sampleValue(samples, 'dr_commands_total', { type: 'invalid', outcome: 'invalid' })).toBe(1);
    expect(samples.some((s) => s.labels['type'] === 'no.such.command')).toBe(false);
    expect(sampleValue(samples, 'dr_command_ack_seconds_count')).toBe(3);
    // The propose and the member's arrival with the name: each a group commit of its own here.
    expect(sampleValue(samples, 'dr_commit_batch_commands_count')).toBeGreaterThanOrEqual(2);
    expect(sampleValue(samples, 'dr_commit_batch_commands_bucket', { le: '1' })).toBeGreaterThanOrEqual(2);
    expect(sampleValue(samples, 'dr_store_append_seconds_count')).toBeGreaterThanOrEqual(2);
    expect(sampleValue(samples, 'dr_draft_document_bytes_count')).toBe(1);
    expect(sampleValue(samples, 'dr_draft_document_bytes_sum')).toBeGreaterThan('Two lamps by the well.'.length);
    expect(sampleValue(samples, 'dr_join_refusals_total', { reason: 'access.badLink' })).toBe(1);
    // A single node has no Redis to report on.
    expect(sampleValue(samples, 'dr_redis_up')).toBeUndefined();

    draft.destroy();
    host.close();
    watcher.close();
    await expect.poll(async () => sampleValue(await scrape(suite.url), 'dr_sockets', { role: 'host' })).toBe(0);
  });

  it('answers only the addresses in METRICS_ALLOW, read as every door reads them (TRUST_PROXY)', async () => {
    // The default: loopback. A client behind the (trusted, local) proxy is that client, not the proxy.
    expect((await fetch(`${suite.url}/metrics`)).status).toBe(200);
    const outsider = await fetch(`${suite.url}/metrics`, { headers: { 'X-Forwarded-For': '203.0.113.9' } });
    expect(outsider.status).toBe(404);
    expect(await outsider.text()).not.toContain('dr_');

    const scraperNet = await suite.startServer(undefined, 0, { metricsAllow: ['10.0.0.0/8'] });
    expect((await fetch(`${scraperNet.url}/metrics`)).status).toBe(404);
    const scraper = await fetch(`${scraperNet.url}/metrics`, { headers: { 'X-Forwarded-For': '10.1.2.3' } });
    expect(scraper.status).toBe(200);
    expect(scraper.headers.get('content-type')).toContain('text/plain');
  });
});

describe('the request log', () => {
  it('logs method, route pattern, status and time, and never a token, the Authorization header or a join code', async () => {
    const secret = room.tokens.host;
    const before = logLines.length;
    // A token in the header and in the query, and a join code in the path.
    const links = await fetch(`${suite.url}/api/rooms/${room.roomId}/links?token=${secret}`, {
      headers: { Authorization: `Bearer ${secret}` },
    });
    expect(links.status).toBe(200);
    const code = room.joinCode;
    const typed = await fetch(`${suite.url}/j/${code}`, { redirect: 'manual' });
    expect(typed.status).toBe(302);
    const wrong = await fetch(`${suite.url}/api/rooms/${room.roomId}/links`, {
      headers: { Authorization: 'Bearer not-the-token-at-all-0123456789' },
    });
    expect(wrong.status).toBe(403);
    // A token where a room id goes: only the pattern is logged.
    expect((await fetch(`${suite.url}/api/rooms/${secret}`)).status).toBe(404);

    await expect.poll(() => logLines.slice(before).filter((l) => l.includes('"msg":"request"')).length).toBe(4);
    const lines = logLines.slice(before).map((l) => JSON.parse(l) as Record<string, unknown>);
    const requests = lines.filter((l) => l['msg'] === 'request');
    expect(requests.map(({ method, route, status }) => ({ method, route, status }))).toEqual([
      { method: 'GET', route: '/api/rooms/:roomId/links', status: 200 },
      { method: 'GET', route: '/j/:code', status: 302 },
      { method: 'GET', route: '/api/rooms/:roomId/links', status: 403 },
      { method: 'GET', route: '/api/rooms/:roomId', status: 404 },
    ]);
    for (const r of requests) expect(typeof r['ms']).toBe('number');
    const everything = logLines.slice(before).join('\n');
    for (const forbidden of [secret, code, 'Bearer', 'authorization', 'not-the-token-at-all']) {
      expect(everything.toLowerCase()).not.toContain(forbidden.toLowerCase());
    }
  });
});

describe('health and readiness', () => {
  it('/healthz says the process lives; /readyz that the store takes a write, until it cannot', async () => {
    const probe = await suite.startServer();
    expect(await (await fetch(`${probe.url}/healthz`)).json()).toEqual({ ok: true });
    expect(await (await fetch(`${probe.url}/readyz`)).json()).toEqual({ ok: true });
    await probe.store.close(); // the store is gone under a live process
    expect((await fetch(`${probe.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${probe.url}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ error: { reason: 'server.storeDown' } });
  });
});
