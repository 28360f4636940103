/**
 * Draws the app's icons (client/public/icon-*.png, committed): a round table with four seats, white
 * on the app's teal, anti-aliased by 4×4 supersampling. Plain Node (zlib for PNG's deflate), so no
 * image tool is needed; run `node scripts/makeIcons.mjs` after changing the drawing.
 * `maskable` icons keep the drawing inside the safe circle (80 % of the size) that launchers crop to.
 */
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const TEAL = [0x1f, 0x4e, 0x5f];
const WHITE = [0xff, 0xff, 0xff];

/** Whether the point (x, y), in units of the icon's size (0…1, centre 0.5), is white. */
function white(x, y, scale) {
  const dx = (x - 0.5) / scale;
  const dy = (y - 0.5) / scale;
  const r = Math.hypot(dx, dy);
  if (r > 0.17 && r < 0.24) return true; // the table
  const seats = [
    [0, -0.36],
    [0.36, 0],
    [0, 0.36],
    [-0.36, 0],
  ];
  return seats.some(([sx, sy]) => Math.hypot(dx - sx, dy - sy) < 0.075);
}

function png(size, { maskable }) {
  const scale = maskable ? 0.8 : 1;
  const corner = maskable ? 0 : 0.18; // rounded corners, unless the launcher crops
  const rows = [];
  for (let py = 0; py < size; py += 1) {
    const row = [0];
    for (let px = 0; px < size; px += 1) {
      let on = 0;
      let inside = 0;
      for (let sy = 0; sy < 4; sy += 1) {
        for (let sx = 0; sx < 4; sx += 1) {
          const x = (px + (sx + 0.5) / 4) / size;
          const y = (py + (sy + 0.5) / 4) / size;
          const cx = Math.min(Math.max(x, corner), 1 - corner);
          const cy = Math.min(Math.max(y, corner), 1 - corner);
          if (Math.hypot(x - cx, y - cy) > corner) continue;
          inside += 1;
          if (white(x, y, scale)) on += 1;
        }
      }
      const mix = (i) => Math.round((TEAL[i] * (inside - on) + WHITE[i] * on) / Math.max(inside, 1));
      row.push(mix(0), mix(1), mix(2), Math.round((inside / 16) * 255));
    }
    rows.push(Buffer.from(row));
  }
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function crc32(buffer) {
  let crc = -1;
  for (const byte of buffer) {
    crc ^= byte;
    for (let k = 0; k < 8; k += 1) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ -1) >>> 0;
}

const out = new URL('../client/public/', import.meta.url);
for (const [name, size, maskable] of [
  ['icon-192.png', 192, false],
  ['icon-512.png', 512, false],
  ['icon-maskable-512.png', 512, true],
  ['apple-touch-icon.png', 180, true],
]) {
  writeFileSync(new URL(name, out), png(size, { maskable }));
}
