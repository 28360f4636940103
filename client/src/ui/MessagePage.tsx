import type { ReactNode } from 'react';
import './MessagePage.css';

interface Props {
  heading: string;
  body: string;
  children?: ReactNode;
}

/** A full-page notice: not found, invalid link, reload needed, connecting. */
export function MessagePage({ heading, body, children }: Props) {
  return (
    <main className="page page--message">
      <h1>{heading}</h1>
      {body && <p>{body}</p>}
      {children}
    </main>
  );
}
