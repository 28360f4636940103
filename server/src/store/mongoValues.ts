/** What the MongoDB store reads off the driver: the open database, a duplicate key, binary fields. */
import mongoose from 'mongoose';
import type { Connection } from 'mongoose';

export function database(conn: Connection): NonNullable<Connection['db']> {
  if (!conn.db) throw new Error('MongoDB connection is not open');
  return conn.db;
}

export function isDuplicateKey(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, writeErrors } = error as { code?: unknown; writeErrors?: unknown };
  if (code === 11000) return true;
  return Array.isArray(writeErrors) && writeErrors.some((e: { code?: unknown }) => e.code === 11000);
}

/** Lean reads hand back BSON `Binary` for binary fields, while a Buffer may come from elsewhere. */
export function toUint8Array(value: unknown): Uint8Array {
  if (value instanceof Uint8Array) return new Uint8Array(value);
  if (value instanceof mongoose.mongo.Binary) return new Uint8Array(value.value());
  throw new Error('Stored document update is not binary');
}
