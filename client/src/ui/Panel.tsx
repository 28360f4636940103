import type { ReactNode } from 'react';
import './Panel.css';

interface Props {
  /** Names the panel's heading, which names the panel as a region for screen readers. */
  id: string;
  heading: ReactNode;
  /** More classes for the panel, for its place in the page. */
  className?: string;
  children: ReactNode;
}

/** One panel of the room's grid: a region named by its heading. */
export function Panel({ id, heading, className, children }: Props) {
  return (
    <section
      className={className ? `room__panel stack ${className}` : 'room__panel stack'}
      aria-labelledby={`${id}-heading`}
    >
      <h2 id={`${id}-heading`}>{heading}</h2>
      {children}
    </section>
  );
}
