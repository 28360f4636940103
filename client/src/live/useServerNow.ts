/** The server's time, re-read from the local clock once a second: no server ticks are needed. */
import { useEffect, useState } from 'react';

/**
 * Server time (local clock + `clockOffset`), updated each second while `running`. Ticks fall just
 * after each whole second counted from `alignTo`, so a countdown from that instant never skips a
 * number.
 */
export function useServerNow(clockOffset: number, running: boolean, alignTo = 0): number {
  const [now, setNow] = useState(() => Date.now() + clockOffset);
  useEffect(() => {
    if (!running) return;
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      const serverNow = Date.now() + clockOffset;
      setNow(serverNow);
      const intoSecond = (((serverNow - alignTo) % 1000) + 1000) % 1000;
      timer = setTimeout(tick, 1000 - intoSecond + 5);
    };
    timer = setTimeout(tick, 0);
    return () => clearTimeout(timer);
  }, [clockOffset, running, alignTo]);
  return now;
}
