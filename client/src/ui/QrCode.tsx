import QRCode from 'qrcode';
import { useMemo } from 'react';

interface Props {
  value: string;
  /** The accessible name; it should say that this is a QR code. */
  label: string;
  /** Where it is shown sizes it. */
  className: string;
}

const QUIET_ZONE = 2;

/** A QR code drawn as one SVG path: sharp at any size, black on white for any projector. */
export function QrCode({ value, label, className }: Props) {
  const { size, path } = useMemo(() => {
    const { modules } = QRCode.create(value, { errorCorrectionLevel: 'M' });
    let d = '';
    for (let row = 0; row < modules.size; row += 1) {
      for (let col = 0; col < modules.size; col += 1) {
        if (modules.get(row, col)) d += `M${col + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`;
      }
    }
    return { size: modules.size + QUIET_ZONE * 2, path: d };
  }, [value]);

  return (
    <svg
      className={`qr ${className}`}
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
