/**
 * The join form before the app is here (issue 25, "first visit until the join form is usable"). On
 * a weak signal the room's code takes seconds after the room's connection has asked for a name; this
 * form, plain DOM in the page's first chunks (with live/preconnect.ts, which shows it when the
 * server asks: `nameRequired`), lets the person type their name and press a choice at once. A press
 * sends the name on the open connection, as the app's join does, without waiting for the app.
 *
 * The app takes it over (RoomPage): its join screen starts with what was typed here (caret and
 * focus too), its connection with the press and its answer (`takeEarlyPress`); then the form goes.
 * While it is up the app's root is hidden (base.css), so nothing shows twice. The words are the
 * app's own (`join.*` in en.json and zh-CN.json), picked at build time (`joinWords` in vite.config.ts).
 */
import { LIMITS, normalizeName, type JoinAck, type Presence } from '@dr/shared';
import type { Locale } from '@dr/shared';
import JOIN_WORDS from 'virtual:join-words';
import { JOIN_ANSWER_MS, type RoomSocket } from './roomSocket';

/** A choice pressed on the early form: the name and where, and the server's answer if it went out. */
export interface EarlyPress {
  name: string;
  presence: Presence;
  /** The `join` sent on the open connection; null when it was not connected (the app joins then). */
  answer: Promise<JoinAck> | null;
}

/** What was typed in the early form, for the app's join screen to start from. */
export interface EarlyName {
  value: string;
  /** The caret (selection) and whether the field had the focus, to give them back. */
  start: number | null;
  end: number | null;
  focused: boolean;
  /** The "enter your name first" alert was up. */
  missing: boolean;
}

interface Form {
  root: HTMLElement;
  input: HTMLInputElement;
  missing: boolean;
}

let form: Form | null = null;
/** Taken over by the app: never shown again on this page. */
let gone = false;
let press: EarlyPress | null = null;
let later: ((press: EarlyPress) => void) | null = null;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> & { text?: string },
  ...children: Node[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  const { text, ...rest } = props;
  Object.assign(node, rest);
  if (text !== undefined) node.textContent = text;
  node.append(...children);
  return node;
}

/**
 * Shows the form in the page's language, before the app's root (once; again is nothing). The same
 * markup and classes as the app's JoinScreen and header, so the app's styles (in the page's head) dress it.
 */
export function showEarlyJoin(socket: RoomSocket, locale: Locale): void {
  const app = globalThis.document?.getElementById('root'); // no document: a unit test
  if (form || gone || !app) return;
  const words = JOIN_WORDS[locale];
  const input = element('input', { id: 'early-join-name', autocomplete: 'name', maxLength: LIMITS.name });
  input.setAttribute('aria-describedby', 'early-join-name-hint');
  const alert = element('div', { className: 'alert' }, element('p', { text: words.nameMissing }));
  alert.setAttribute('role', 'alert');
  const choice = (presence: Presence, text: string) => {
    const button = element('button', { type: 'button', className: 'button button--big button--primary', text });
    button.addEventListener('click', () => choose(presence));
    return button;
  };
  const buttons = [choice('in_room', words.inRoom), choice('remote', words.remote)];
  const choose = (presence: Presence) => {
    // The app's rule (JoinScreen): the server keeps the name as normalizeName gives it.
    const name = normalizeName(input.value);
    current.missing = !name;
    if (name) {
      alert.remove();
      input.removeAttribute('aria-invalid');
    } else {
      input.closest('.field')?.after(alert);
      input.setAttribute('aria-invalid', 'true');
      input.focus();
      return;
    }
    for (const button of buttons) button.disabled = true;
    const answer = socket.connected ? socket.timeout(JOIN_ANSWER_MS).emitWithAck('join', { name, presence }) : null;
    // The app handles the answer when it takes the press; until then a lost one is not an error.
    answer?.catch(() => undefined);
    const made = { name, presence, answer };
    if (later) later(made);
    else press = made;
  };
  const root = element(
    'div',
    { className: 'early-join' },
    element(
      'header',
      { className: 'app-header' },
      element('a', { className: 'app-header__name', href: '/', text: words.appName }),
    ),
    element(
      'main',
      { className: 'page stack' },
      element('h1', { text: words.heading }),
      element(
        'form',
        { className: 'card stack', onsubmit: (event: Event) => event.preventDefault() },
        element(
          'div',
          { className: 'field' },
          element('label', { htmlFor: input.id, text: words.nameLabel }),
          input,
          element('p', { id: 'early-join-name-hint', className: 'hint', text: words.nameHelp }),
        ),
        element('fieldset', { className: 'choices' }, element('legend', { text: words.whereHeading }), ...buttons),
      ),
    ),
  );
  // The app names the page when it starts (i18n/index.ts); until then, the same name.
  document.title ||= words.appName;
  const current: Form = { root, input, missing: false };
  form = current;
  app.before(root);
}

/** What was typed in the early form, if it is up (the app's join screen starts from it). */
export function earlyName(): EarlyName | null {
  if (!form) return null;
  const { input, missing } = form;
  const focused = document.activeElement === input;
  return { value: input.value, start: input.selectionStart, end: input.selectionEnd, focused, missing };
}

/**
 * The choice pressed on the early form, if any, once; a choice pressed from now on (the form is up a
 * moment longer, until the app's join screen replaces it) goes to `then`. The app's connection
 * carries either on.
 */
export function takeEarlyPress(then: (press: EarlyPress) => void): EarlyPress | null {
  const taken = press;
  press = null;
  later = then;
  return taken;
}

/** The app shows the room (or its join screen) now: the early form goes, and never comes back. */
export function removeEarlyJoin(): void {
  gone = true;
  form?.root.remove();
  form = null;
}
