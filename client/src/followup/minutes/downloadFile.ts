/** Downloads a host-only file: a bearer token cannot ride on a plain link, so fetch it and save the blob. */
import { readRefusal, type Refusal } from '../../live/refusal';
import { call } from '../../live/request';
import { attachmentName } from './attachmentName';

/** The server refused the download; `refusal` says why when it said so. */
export class DownloadRefused extends Error {
  constructor(
    readonly status: number,
    readonly refusal: Refusal | null,
  ) {
    super(refusal?.message ?? `answered ${status}`);
  }
}

export async function downloadWithToken(url: string, token: string, fallbackName: string): Promise<void> {
  const response = await call(url, token);
  if (!response.ok) throw new DownloadRefused(response.status, readRefusal(await response.json().catch(() => null)));
  const blob = await response.blob();
  saveBlob(blob, attachmentName(response.headers.get('Content-Disposition'), fallbackName));
}

function saveBlob(blob: Blob, name: string): void {
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download starts from the URL; revoking it at once can cancel it in some browsers.
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}
