/** Structured JSON logs (pino): one line per event, machine-readable, no secrets. */
import { pino, type Logger } from 'pino';

export function createLogger(level: string): Logger {
  return pino({ level, redact: ['*.token', '*.memberSecret', 'auth'] });
}
