import type { ReactNode } from 'react';

interface Props {
  /** Names the panel's heading, which names the panel as a region for screen readers. */
  id: string;
  heading: ReactNode;
  children: ReactNode;
}

/** One panel of the room's grid: a region named by its heading. */
export function Panel({ id, heading, children }: Props) {
  return (
    <section className="room__panel stack" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{heading}</h2>
      {children}
    </section>
  );
}
