/**
 * A person who acts the instant the page lets them, watched from inside the page. The phone bench
 * measures the app, so it must not slow the page down itself: Playwright's locators poll the page
 * and compute accessible names, and `fill` and `click` check that the element is visible, stable
 * and hit, each a round trip to the browser; on a CPU slowed 4× that cost the page ~0.5 s between
 * the join screen and the click. These functions run in the page (page.evaluate): a
 * MutationObserver notices the join screen and the usable "Raise hand", and the name is typed and
 * the button pressed with DOM events, as a fast thumb would.
 *
 * Times are the page's own clock (`performance.now()`: ms since the navigation started).
 */

/** Types `name` on the join screen and presses "I'm remote", as soon as they are there; resolves with the time of the press. */
export function joinInstantly(name: string): Promise<number> {
  return new Promise((resolve) => {
    const byText = (selector: string, text: string) =>
      Array.from(document.querySelectorAll<HTMLElement>(selector)).find((el) => el.textContent?.trim() === text);
    const attempt = () => {
      const label = byText('label', 'Your name') as HTMLLabelElement | undefined;
      const input = label ? (document.getElementById(label.htmlFor) as HTMLInputElement | null) : null;
      if (!input) return false;
      // The value as typing sets it, so the app's own `onChange` sees it.
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, name);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      // The app keeps the name in its state: press once it has rendered it.
      const press = () => {
        const button = byText('button', "I'm remote");
        if (input.value === name && button && !(button as HTMLButtonElement).disabled) {
          button.click();
          resolve(performance.now());
        } else setTimeout(press, 0);
      };
      setTimeout(press, 0);
      return true;
    };
    if (attempt()) return;
    const observer = new MutationObserver(() => {
      if (attempt()) observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true });
  });
}

/** Resolves with the time a "Raise hand" button is there and enabled. */
export function raiseHandUsable(): Promise<number> {
  return new Promise((resolve) => {
    const usable = () =>
      Array.from(document.querySelectorAll('button')).some((b) => b.textContent?.includes('Raise hand') && !b.disabled);
    if (usable()) return resolve(performance.now());
    const observer = new MutationObserver(() => {
      if (!usable()) return;
      observer.disconnect();
      resolve(performance.now());
    });
    observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled'] });
  });
}

/** What `watchFirstCharacter` resolves with: ms from the touch (page clock). */
export interface FirstCharacter {
  /** The touch → the first frame showing the character in the draft (the reader, the editor or a text box). */
  shown: number;
  /** The touch → the first frame with the character in the editor (`editor`), or null without one. */
  inEditor: number | null;
}

/**
 * Watches for the next touch and then for `character` in the element `text` (or `editor`), once a
 * frame; `window.__firstCharacter` resolves when it is shown (and, with `editor`, in the editor).
 * Returns at once, so the touch and the keys can follow.
 */
export function watchFirstCharacter(args: { character: string; text: string; editor: string | null }): void {
  const { character, text, editor } = args;
  (window as unknown as { __firstCharacter: Promise<FirstCharacter> }).__firstCharacter = new Promise((resolve) => {
    let touched: number | null = null;
    let shown: number | null = null;
    document.addEventListener('touchstart', () => (touched ??= performance.now()), { capture: true, once: true });
    // Any of them (the room may hold more than one editor, e.g. a version's).
    const has = (selector: string | null) =>
      !!selector &&
      Array.from(document.querySelectorAll(selector)).some((element) =>
        ((element as HTMLTextAreaElement).value ?? element.textContent ?? '').includes(character),
      );
    const frame = () => {
      const now = performance.now();
      if (touched !== null) {
        if (shown === null && (has(text) || has(editor))) shown = now - touched;
        if (shown !== null && (!editor || has(editor)))
          return resolve({ shown, inEditor: editor ? now - touched : null });
      }
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}
