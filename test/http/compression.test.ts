/**
 * The built web app over HTTP as a browser gets it: every text file precompressed at build time,
 * served in the encoding the browser accepts (brotli, else gzip, else plain) with the headers a
 * cache needs, hashed assets cached for good and the app's page asked again each time. Raw HTTP
 * (node:http), because fetch would decompress and hide what went over the wire. Needs `pnpm build`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { CLIENT_DIST } from '@dr/server';
import { describe, expect, it } from 'vitest';
import { serverSuite } from '../support/serverSuite.js';

const suite = serverSuite();

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function get(pathname: string, acceptEncoding?: string): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request(`${suite.url}${pathname}`, {
      headers: acceptEncoding === undefined ? {} : { 'Accept-Encoding': acceptEncoding },
    });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** The text files of the build that compression makes smaller (the tiniest gain nothing and are kept plain). */
function textAssets(): string[] {
  const assets = path.join(CLIENT_DIST, 'assets');
  return readdirSync(assets)
    .filter((name) => /\.(js|css)$/.test(name) && statSync(path.join(assets, name)).size > 1024)
    .map((name) => `/assets/${name}`);
}

describe('the built web app over HTTP', () => {
  it('has every text file above 1 KB precompressed as brotli and gzip', () => {
    const files = [...textAssets(), '/index.html'];
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      for (const suffix of ['.br', '.gz']) {
        expect(statSync(path.join(CLIENT_DIST, file + suffix)).isFile(), file + suffix).toBe(true);
      }
    }
  });

  it('sends brotli, gzip or plain text as the browser accepts, the same bytes each way', async () => {
    for (const file of [...textAssets(), '/index.html']) {
      const original = readFileSync(path.join(CLIENT_DIST, file));
      const br = await get(file, 'gzip, deflate, br');
      expect(br.status, file).toBe(200);
      expect(br.headers['content-encoding'], file).toBe('br');
      expect(br.headers['vary'], file).toMatch(/Accept-Encoding/i);
      expect(br.body.length, file).toBeLessThan(original.length);
      expect(brotliDecompressSync(br.body).equals(original), file).toBe(true);

      const gz = await get(file, 'gzip');
      expect(gz.headers['content-encoding'], file).toBe('gzip');
      expect(gunzipSync(gz.body).equals(original), file).toBe(true);

      const plain = await get(file, 'identity');
      expect(plain.headers['content-encoding'], file).toBeUndefined();
      expect(plain.body.equals(original), file).toBe(true);
      // The type is the file's, not the compressed copy's.
      const type = (raw: Raw) => String(raw.headers['content-type']).toLowerCase();
      expect(type(br), file).toBe(type(plain));
      expect(type(br), file).toMatch(/^(text\/html|text\/javascript|text\/css)/);
    }
  });

  it('caches hashed assets for good and asks for the app page each time', async () => {
    const [asset] = textAssets();
    const cached = await get(asset!, 'br');
    expect(cached.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const route of ['/', '/r/some-room', '/index.html', '/board/some-room']) {
      const page = await get(route, 'br, gzip');
      expect(page.status, route).toBe(200);
      expect(page.headers['cache-control'], route).toBe('no-cache');
      expect(page.headers['content-encoding'], route).toBe('br');
      expect(brotliDecompressSync(page.body).toString('utf8'), route).toContain('<div id="root">');
    }
  });

  it('sends a hashed asset only the headers that act on it, and a page all of them', async () => {
    const [asset] = textAssets();
    const { headers } = await get(asset!, 'br');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['cross-origin-resource-policy']).toBe('same-origin');
    expect(headers['referrer-policy']).toBe('no-referrer');
    for (const documentOnly of ['content-security-policy', 'x-frame-options', 'cross-origin-opener-policy', 'etag']) {
      expect(headers[documentOnly], documentOnly).toBeUndefined();
    }
    for (const route of ['/r/some-room', '/sw.js', '/api/rooms/nope']) {
      const page = await get(route, 'br');
      expect(page.headers['content-security-policy'], route).toContain("script-src 'self'");
      expect(page.headers['x-frame-options'], route).toBe('DENY');
      expect(page.headers['x-content-type-options'], route).toBe('nosniff');
    }
  });

  it('answers a missing asset with 404, never with the app page', async () => {
    const missing = await get('/assets/not-there-1234.js', 'br');
    expect(missing.status).toBe(404);
    expect(missing.headers['cache-control'] ?? '').not.toContain('immutable');
    expect(missing.body.toString('utf8')).not.toContain('<div id="root">');
  });
});
