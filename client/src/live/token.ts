/**
 * The link's token lives in the hash (`#t=...`): browsers never send the hash to a server, so the
 * token stays out of request lines, proxies' logs and Referer headers.
 */
export function tokenFromHash(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('t');
  return token ? token : null;
}
