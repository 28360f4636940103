/** Archive files in and out of a ZIP (JSZip), the one container the archive uses. */
import JSZip from 'jszip';
import type { ArchiveFiles } from './roomArchive.js';

/** The files as one ZIP (deflated), each under `prefix` (e.g. `meetings/01-<roomId>/`). */
export function zipFiles(parts: readonly { prefix: string; files: ArchiveFiles }[]): Promise<Buffer> {
  const zip = new JSZip();
  for (const { prefix, files } of parts) for (const [name, bytes] of files) zip.file(prefix + name, bytes);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

/** Every file of a ZIP by its path (folders left out). */
export async function unzipFiles(bytes: Uint8Array): Promise<ArchiveFiles> {
  const zip = await JSZip.loadAsync(bytes);
  const files: ArchiveFiles = new Map();
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) files.set(entry.name, await entry.async('nodebuffer'));
  }
  return files;
}
