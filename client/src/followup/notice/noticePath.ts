/** The public notice's page: the same address for the host's link, the printed QR code and anyone who types it. */
export function noticePath(roomId: string): string {
  return `/notice/${encodeURIComponent(roomId)}`;
}
