/** Structured JSON logs (pino): one line per event, machine-readable, no secrets. */
import { pino, type DestinationStream, type Logger } from 'pino';

/** A logger at `level`, to standard output or to `destination` (tests read what would be logged). */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = { level, redact: ['*.token', '*.memberSecret', 'auth'] };
  return destination ? pino(options, destination) : pino(options);
}
