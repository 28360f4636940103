import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * Shows only the items of a list that fit whole in its box, from the first: an item that would
 * cross the box's bottom edge is hidden with every item after it, so the board never shows half a
 * reason or half a fact. Returns how many are hidden (the caller says "and N more"). The box must
 * have a height of its own (a flex or grid cell with `min-height: 0`), not one set by the list.
 * `reserve` is the height, in ems of the list, kept free for the "and N more" line.
 */
export function useWholeItems(
  box: RefObject<HTMLElement | null>,
  list: RefObject<HTMLElement | null>,
  content: unknown,
  reserve = 1.6,
): number {
  const [hidden, setHidden] = useState(0);
  useLayoutEffect(() => {
    const outer = box.current;
    const inner = list.current;
    if (!outer || !inner) return;
    const fit = () => {
      const items = [...inner.children] as HTMLElement[];
      for (const item of items) item.style.display = '';
      const frame = getComputedStyle(outer);
      const bottom =
        outer.getBoundingClientRect().bottom - parseFloat(frame.paddingBottom) - parseFloat(frame.borderBottomWidth);
      const spare = reserve * parseFloat(getComputedStyle(inner).fontSize);
      const last = items.at(-1);
      // Everything fits: nothing hidden, no "more" line to make room for.
      if (!last || last.getBoundingClientRect().bottom <= bottom + 0.5) {
        setHidden(0);
        return;
      }
      let shown = items.findIndex((item) => item.getBoundingClientRect().bottom > bottom - spare + 0.5);
      if (shown < 0) shown = items.length;
      // Not the `hidden` attribute: an item's own `display` in CSS would override it.
      for (const item of items.slice(shown)) item.style.display = 'none';
      setHidden(items.length - shown);
    };
    fit();
    // The box resized (the window, a neighbour grew) or the list reflowed (a web font arrived):
    // measure again. Hiding items in `fit` leaves the list as it was measured, so this settles.
    const observer = new ResizeObserver(fit);
    observer.observe(outer);
    observer.observe(inner);
    let live = true;
    void document.fonts.ready.then(() => live && fit());
    return () => {
      live = false;
      observer.disconnect();
    };
  }, [box, list, content, reserve]);
  return hidden;
}
