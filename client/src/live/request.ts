/**
 * The web app's one HTTP client: every call to the server's `/api` goes through here, with the
 * bearer token, JSON in and out, and refusals read the one way (errorMessage.ts).
 */
import { pageLocale } from '../i18n/language';
import { readRefusal, type Refusal } from './refusal';

/**
 * Reads an answer's body: a shared zod schema, or a hand-written reader where the phone's path must
 * stay zod-free (docs/development.md, "No zod in the web app").
 */
export type AnswerSchema<T> =
  | { safeParse(value: unknown): { success: true; data: T } | { success: false; data?: undefined } }
  /** Null: not the answer asked for. */
  | ((body: unknown) => T | null);

export type Answer<T> =
  | { ok: true; value: T }
  /**
   * `status` is 0 when the server could not be reached (or the request was cancelled); `refusal`
   * is the server's reason, null when it gave none or its answer was not what was asked.
   */
  | { ok: false; status: number; refusal: Refusal | null; response?: Response };

/**
 * A GET without `body`, else a POST of it as JSON, or as it is when it is a file (a `Blob`: a roster
 * spreadsheet), or `method` (a DELETE with a body); `token` goes as a bearer, null for an open door.
 * `Accept-Language` is the page's language: the server says its refusals in it.
 */
export function call(
  path: string,
  token: string | null,
  body?: unknown,
  signal?: AbortSignal,
  method?: 'DELETE',
): Promise<Response> {
  const file = body instanceof Blob ? body : undefined;
  const json = body === undefined || file ? undefined : JSON.stringify(body);
  return fetch(path, {
    method: method ?? (json || file ? 'POST' : 'GET'),
    headers: {
      'accept-language': pageLocale(),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(json ? { 'content-type': 'application/json' } : {}),
      ...(file ? { 'content-type': file.type || 'application/octet-stream' } : {}),
    },
    body: file ?? json,
    signal,
  });
}

/** The answer to `call`, read with `schema`; never throws. */
export async function request<T>(
  schema: AnswerSchema<T>,
  path: string,
  token: string | null,
  body?: unknown,
  signal?: AbortSignal,
  method?: 'DELETE',
): Promise<Answer<T>> {
  let response: Response;
  try {
    response = await call(path, token, body, signal, method);
  } catch {
    return { ok: false, status: 0, refusal: null };
  }
  const json: unknown = await response.json().catch(() => null);
  if (!response.ok) return { ok: false, status: response.status, refusal: readRefusal(json), response };
  const value = typeof schema === 'function' ? schema(json) : (schema.safeParse(json).data ?? null);
  return value === null ? { ok: false, status: response.status, refusal: null } : { ok: true, value };
}
