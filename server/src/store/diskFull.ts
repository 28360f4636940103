/**
 * Whether a store failed because its disk is full: SQLite says `SQLITE_FULL`, a file write says
 * `ENOSPC`, MongoDB says `OutOfDiskSpace` (code 14031). Such a command is refused with
 * `server.diskFull` instead of a bare "could not save", so the room can say why, in both languages.
 */
export function isDiskFull(error: unknown): boolean {
  const { code, codeName } = (error ?? {}) as { code?: unknown; codeName?: unknown };
  return code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 14031 || codeName === 'OutOfDiskSpace';
}
