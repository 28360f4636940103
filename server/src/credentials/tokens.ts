/** Capability tokens and member secrets: random, carried by clients, stored only as hashes. */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 128 bits of randomness, URL-safe. */
export function randomToken(): string {
  return randomBytes(16).toString('base64url');
}

/** A short public id (64 bits): unguessable enough that room ids cannot be enumerated. */
export function randomId(): string {
  return randomBytes(8).toString('base64url');
}

/** SHA-256 hex: tokens are high-entropy, so a fast hash is enough (no password stretching needed). */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Compares a presented token against a stored hash in constant time. */
export function tokenMatches(token: string, storedHash: string): boolean {
  const presented = Buffer.from(hashToken(token), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}
