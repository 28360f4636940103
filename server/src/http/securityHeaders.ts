/**
 * Security headers on every answer, through helmet. The Content-Security-Policy allows only the
 * app's own scripts, styles, images, fonts and connections (Socket.IO and the draft's WebSocket
 * are same-origin): no inline script, no inline `<style>`, no framing, no plugins. The app sets
 * styles only through the DOM (React's `style` prop, the editor's carets), which CSP allows.
 *
 * Left out on purpose: `upgrade-insecure-requests` and HSTS, because a village-hall server on a
 * local network is often plain http; a deployment behind https sets HSTS at its proxy.
 */
import helmet from 'helmet';
import type { RequestHandler } from 'express';

const SELF = "'self'";
const NONE = "'none'";

export const CONTENT_SECURITY_POLICY = {
  'default-src': [SELF],
  'script-src': [SELF],
  'style-src': [SELF],
  // data: for images the browser makes itself (the favicon's fallback, SVG in CSS).
  'img-src': [SELF, 'data:', 'blob:'],
  'font-src': [SELF],
  'connect-src': [SELF],
  'object-src': [NONE],
  'base-uri': [NONE],
  'form-action': [SELF],
  'frame-ancestors': [NONE],
};

/**
 * Every answer's headers, by kind: the full set for documents and workers (and the API), and for the
 * app's hashed scripts and stylesheets (`/assets/`) only the headers that act on such a file.
 */
export function securityHeaders(): RequestHandler {
  const documents = documentHeaders();
  return (req, res, next) =>
    req.path.startsWith('/assets/') ? assetHeaders(req, res, next) : documents(req, res, next);
}

function documentHeaders() {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    // Tokens live in URL fragments; no-referrer keeps any link out of third parties' logs too.
    referrerPolicy: { policy: 'no-referrer' },
    frameguard: { action: 'deny' },
    strictTransportSecurity: false,
  });
}

/**
 * A script or stylesheet the page loads ignores a CSP, framing, COOP, Origin-Agent-Cluster or DNS
 * prefetch header (they act on documents and workers), and on a 400 kbps line ~500 bytes of them on
 * each of the ~18 files of the phone's first visit cost ~0.2 s. What does act on them stays:
 * `nosniff` (a script must be served as one), `Cross-Origin-Resource-Policy` (no other site may load
 * them), and `Referrer-Policy` (a stylesheet's own requests, e.g. an image, send no address).
 */
const assetHeaders: RequestHandler = (_req, res, next) => {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
  res.setHeader('Referrer-Policy', 'no-referrer');
  next();
};
