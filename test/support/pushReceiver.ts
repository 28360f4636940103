/**
 * A real push service for the tests, on localhost over HTTPS (web-push speaks only HTTPS): it takes
 * what the server sends to a subscription's endpoint, checks the VAPID signature (RFC 8292) and
 * decrypts the payload with that subscription's private key and auth secret (RFC 8291 `aes128gcm`,
 * through `http_ece`), as a browser's push service and the browser together would. The certificate is
 * made with `openssl` for 127.0.0.1; the server under test trusts it through the `agent` it is given.
 */
import { createECDH, createPublicKey, randomBytes, randomUUID, verify, type ECDH } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { decrypt } from 'http_ece';
import { PushMessage, type BrowserSubscription } from '@dr/shared/council';

/** One push as the receiver got it: whose endpoint, the decrypted message, and the VAPID key that signed it. */
export interface ReceivedPush {
  device: string;
  message: PushMessage;
  vapidKey: string;
  ttl: number;
}

interface Device {
  ecdh: ECDH;
  auth: Buffer;
  /** What the receiver answers for this endpoint: 201, or 410 once the device is "gone". */
  status: number;
}

export class PushReceiver {
  readonly received: ReceivedPush[] = [];
  private readonly devices = new Map<string, Device>();
  private readonly waiting: (() => void)[] = [];
  private server: Server | null = null;
  private dir = '';
  /** The TLS agent the server under test sends with: it trusts this receiver's certificate. */
  agent: Agent | null = null;
  /** The receiver's certificate (PEM), for a server process to trust (`NODE_EXTRA_CA_CERTS`). */
  certFile = '';
  origin = '';

  async start(): Promise<void> {
    this.dir = mkdtempSync(path.join(tmpdir(), 'dr-push-'));
    const key = path.join(this.dir, 'key.pem');
    const cert = path.join(this.dir, 'cert.pem');
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1',
      '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', key, '-out', cert,
    ], { stdio: 'ignore' }); // prettier-ignore
    const pem = { key: readFileSync(key), cert: readFileSync(cert) };
    this.certFile = cert;
    this.agent = new Agent({ ca: pem.cert });
    this.server = createServer(pem, (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const id = decodeURIComponent((req.url ?? '').replace(/^\/push\//, ''));
        const device = this.devices.get(id);
        if (!device || req.method !== 'POST') return void res.writeHead(404).end();
        if (device.status !== 201) return void res.writeHead(device.status).end();
        try {
          const vapidKey = checkVapid(req.headers.authorization ?? '', this.origin);
          if (req.headers['content-encoding'] !== 'aes128gcm') throw new Error('not aes128gcm');
          const plain = decrypt(Buffer.concat(chunks), {
            version: 'aes128gcm',
            privateKey: device.ecdh,
            authSecret: device.auth,
          });
          const message = PushMessage.parse(JSON.parse(plain.toString('utf8')));
          this.received.push({ device: id, message, vapidKey, ttl: Number(req.headers.ttl) });
          res.writeHead(201).end();
        } catch (error) {
          res.writeHead(400).end(String(error));
        }
        for (const wake of this.waiting.splice(0)) wake();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.origin = `https://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** A new device: a browser's subscription (real P-256 key and auth secret) whose endpoint is here. */
  subscribe(): { id: string; subscription: BrowserSubscription } {
    const id = randomUUID();
    const ecdh = createECDH('prime256v1');
    ecdh.generateKeys();
    const auth = randomBytes(16);
    this.devices.set(id, { ecdh, auth, status: 201 });
    return {
      id,
      subscription: {
        endpoint: `${this.origin}/push/${id}`,
        expirationTime: null,
        keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth: auth.toString('base64url') },
      },
    };
  }

  /**
   * A device whose keys were made elsewhere (the browser test's page): the receiver decrypts with
   * the private key and auth secret it is handed (base64url).
   */
  adopt(id: string, privateKey: string, auth: string): void {
    const ecdh = createECDH('prime256v1');
    ecdh.setPrivateKey(Buffer.from(privateKey, 'base64url'));
    this.devices.set(id, { ecdh, auth: Buffer.from(auth, 'base64url'), status: 201 });
  }

  /** From now on the push service says the device is gone (410), as for an unsubscribed browser. */
  gone(id: string): void {
    this.devices.get(id)!.status = 410;
  }

  /** Resolves with the pushes `device` has received once there are at least `count` (no time limit but the test's). */
  async forDevice(device: string, count = 1): Promise<PushMessage[]> {
    for (;;) {
      const mine = this.received.filter((r) => r.device === device).map((r) => r.message);
      if (mine.length >= count) return mine;
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }

  /** The pushes received so far for `device`. */
  of(device: string): PushMessage[] {
    return this.received.filter((r) => r.device === device).map((r) => r.message);
  }

  async stop(): Promise<void> {
    this.agent?.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/**
 * Checks `Authorization: vapid t=<JWT>, k=<public key>` (RFC 8292): an ES256 JWT signed by `k`, for
 * this origin, not expired. Resolves the key, so a test can compare it with `GET /api/push/key`.
 */
function checkVapid(header: string, origin: string): string {
  const match = /^vapid t=([\w-]+\.[\w-]+\.[\w-]+), k=([\w-]+)$/.exec(header);
  if (!match) throw new Error('no VAPID authorization');
  const [, jwt, k] = match as unknown as [string, string, string];
  const point = Buffer.from(k, 'base64url');
  const key = createPublicKey({
    key: {
      kty: 'EC',
      crv: 'P-256',
      x: point.subarray(1, 33).toString('base64url'),
      y: point.subarray(33).toString('base64url'),
    },
    format: 'jwk',
  });
  const [head, claims, signature] = jwt.split('.') as [string, string, string];
  const signed = verify(
    'sha256',
    Buffer.from(`${head}.${claims}`),
    { key, dsaEncoding: 'ieee-p1363' },
    Buffer.from(signature, 'base64url'),
  );
  if (!signed) throw new Error('VAPID signature does not verify');
  const body = JSON.parse(Buffer.from(claims, 'base64url').toString('utf8')) as { aud: string; exp: number };
  if (body.aud !== origin) throw new Error(`VAPID audience ${body.aud} is not ${origin}`);
  return k;
}
