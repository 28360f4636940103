/** Downloads a host-only file: a bearer token cannot ride on a plain link, so fetch it and save the blob. */
import { attachmentName } from './attachmentName';

export async function downloadWithToken(url: string, token: string, fallbackName: string): Promise<void> {
  const response = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
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
