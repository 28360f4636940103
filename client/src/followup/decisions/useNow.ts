/** The server's time, re-read once a minute: enough to tell which day it is for overdue flags. */
import { useEffect, useState } from 'react';

export function useNow(clockOffset: number): number {
  const [now, setNow] = useState(() => Date.now() + clockOffset);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now() + clockOffset), 60_000);
    return () => clearInterval(timer);
  }, [clockOffset]);
  return now;
}
