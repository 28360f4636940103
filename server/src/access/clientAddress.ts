/**
 * The client's address, the same at every door. Behind a reverse proxy the peer is the proxy, so
 * `TRUST_PROXY` says which peers' `X-Forwarded-For` to believe (Express's 'trust proxy' setting:
 * `false`, `true`, a number of hops, or a list of addresses, subnets and the names `loopback`,
 * `linklocal`, `uniquelocal`). Express compiles it once; the Socket.IO handshake and the draft
 * endpoint read their raw requests with the same compiled function.
 */
import type { IncomingMessage } from 'node:http';
import proxyaddr from 'proxy-addr';

export type TrustProxy = boolean | number | string;

/** `TRUST_PROXY` as Express takes it; unset keeps the default (`loopback`: a proxy on the same machine). */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = value?.trim();
  if (!text) return 'loopback';
  if (/^(true|false)$/i.test(text)) return text.toLowerCase() === 'true';
  if (/^\d+$/.test(text)) return Number(text);
  return text;
}

export type TrustFunction = (address: string, hop: number) => boolean;
export type AddressOf = (req: IncomingMessage) => string;

/** Reads a raw request's client address with Express's compiled trust function. */
export function addressResolver(trust: TrustFunction): AddressOf {
  return (req) => {
    try {
      return proxyaddr(req, trust);
    } catch {
      return req.socket.remoteAddress ?? 'unknown';
    }
  };
}
