/**
 * Names on other people's carets fade after a moment without typing, so a name (shown above its
 * line) never keeps covering the words of the line above; it comes back as soon as that person types
 * or moves again. Awareness says who moved; the labels are found in the editor by their name.
 */
import { useEffect } from 'react';
import type { Awareness } from 'y-protocols/awareness';

/** After this long without a move, a caret's name fades out. */
export const CARET_IDLE_MS = 2500;

export function useCaretIdle(root: () => HTMLElement | null, awareness: Awareness): void {
  useEffect(() => {
    const movedAt = new Map<string, number>();
    const apply = () => {
      const now = Date.now();
      for (const label of root()?.querySelectorAll<HTMLElement>('.collaboration-carets__label') ?? []) {
        const idle = now - (movedAt.get(label.textContent ?? '') ?? 0) > CARET_IDLE_MS;
        label.classList.toggle('collaboration-carets__label--idle', idle);
      }
    };
    const onChange = ({ added, updated }: { added: number[]; updated: number[] }) => {
      const now = Date.now();
      for (const id of [...added, ...updated]) {
        const name = (awareness.getStates().get(id) as { user?: { name?: unknown } } | undefined)?.user?.name;
        if (typeof name === 'string') movedAt.set(name, now);
      }
      // After the editor has drawn the moved carets.
      requestAnimationFrame(apply);
    };
    awareness.on('change', onChange);
    const timer = window.setInterval(apply, 500);
    return () => {
      awareness.off('change', onChange);
      window.clearInterval(timer);
    };
  }, [root, awareness]);
}
