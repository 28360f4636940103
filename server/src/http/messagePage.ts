/**
 * A small self-contained HTML page for answers a browser shows directly (an unpublished notice, a
 * slowed `/j/<code>`): in the room's language, or in both when the room is not known. No script
 * and no inline style, so it passes the Content-Security-Policy like every other page.
 */
import type { Locale } from '@dr/shared';
import type { Response } from 'express';

export type PageText = Record<Locale, { title: string; body: string }>;

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function sendMessagePage(res: Response, status: number, text: PageText, locale: Locale | null): void {
  const locales: Locale[] = locale ? [locale] : ['zh-CN', 'en'];
  const body = locales
    .map((l) => `<section lang="${l}"><h1>${escape(text[l].title)}</h1><p>${escape(text[l].body)}</p></section>`)
    .join('\n');
  const title = locales.map((l) => escape(text[l].title)).join(' · ');
  res
    .status(status)
    .type('html')
    .send(
      `<!doctype html>\n<html lang="${locales[0]}"><head><meta charset="utf-8">` +
        `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head>` +
        `<body>${body}</body></html>\n`,
    );
}
