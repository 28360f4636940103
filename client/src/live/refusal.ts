/** A refusal as the web app reads it from any door, with no React and no texts (live/errorMessage.ts says it). */
import type { RefusalParams } from '@dr/shared';

/**
 * A refusal from any door: a command's ack, a refused handshake, or an HTTP answer
 * (`ProtocolError`, a handshake's `data`, `HttpError` all have this shape). `reason` is a key of
 * the room's refusals or, from a council's door, of the council's.
 */
export interface Refusal {
  code: string;
  /** The reason's text in `locale`; the key itself in a refusal the phone made (no `locale`). */
  message: string;
  reason?: string;
  params?: RefusalParams;
  /** The language the server said `message` in. */
  locale?: string;
}

/** The refusal in an HTTP answer's body (`{ error: { code, message, reason?, params? } }`); null when it holds none. */
export function readRefusal(body: unknown): Refusal | null {
  const error = (body as { error?: Partial<Refusal> } | null)?.error;
  if (typeof error?.code !== 'string' || typeof error.message !== 'string') return null;
  const { code, message, reason, params, locale } = error;
  return {
    code,
    message,
    ...(typeof reason === 'string' ? { reason } : {}),
    ...(typeof params === 'object' && params ? { params } : {}),
    ...(typeof locale === 'string' ? { locale } : {}),
  };
}
