/**
 * SHA-256 of a draft's text, hex: what a consensus round's votes are bound to. The server hashes
 * the text it freezes; browsers can check it. Works in Node and in browsers (Web Crypto).
 */
export async function hashText(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
