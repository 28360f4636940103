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

export function securityHeaders() {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    // Tokens live in URL fragments; no-referrer keeps any link out of third parties' logs too.
    referrerPolicy: { policy: 'no-referrer' },
    frameguard: { action: 'deny' },
    strictTransportSecurity: false,
  });
}
