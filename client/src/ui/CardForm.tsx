import { useId, type FormEvent, type ReactNode } from 'react';

interface Props {
  /** The form's heading, which also names it for a screen reader. */
  heading: ReactNode;
  /** The heading's level: 3 on a console's panel, 4 inside a topic. */
  level?: 3 | 4;
  /** Called on submit, the page's own submit prevented. */
  onSubmit: () => unknown;
  /**
   * Folded into one button until `open` (on a phone the form would push the queue out of sight):
   * the button says `label` (the heading unless given) and calls `onOpen`.
   */
  fold?: { open: boolean; onOpen: () => void; label?: ReactNode };
  children: ReactNode;
}

/** The one small form on a card of its own (`.stack.subcard`): a heading, its fields, maybe folded to a button. */
export function CardForm({ heading, level = 4, onSubmit, fold, children }: Props) {
  const id = useId();
  if (fold && !fold.open) {
    return (
      <button type="button" className="button" onClick={fold.onOpen}>
        {fold.label ?? heading}
      </button>
    );
  }
  const Heading = level === 3 ? 'h3' : 'h4';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void onSubmit();
  };
  return (
    <form className="stack subcard" onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`}>{heading}</Heading>
      {children}
    </form>
  );
}
