/**
 * A refusal said at the server's edge, in the requester's language. The rules make refusals with
 * their key as `message` (core/errors.ts: the texts are not where the rules run, so a phone's own
 * `decide` does not carry them); every door that sends one out (a socket's acknowledgement, a
 * refused handshake, an HTTP refusal) fills `message` here, in the language asked for, and says
 * which (`locale`), so the web app shows it as it is and loads no refusal texts of its own.
 */
import { LOCALES, type Locale, type RefusalParams } from '@dr/shared';
import { councilRefusalText } from '@dr/shared/council';

/**
 * The language a requester asked for: `asked` (a socket's `auth.locale`) when it is one of ours,
 * else the first of `acceptLanguage`'s tags we have (`zh…` is zh-CN), else English.
 */
export function requesterLocale(asked: unknown, acceptLanguage: string | undefined): Locale {
  if ((LOCALES as readonly unknown[]).includes(asked)) return asked as Locale;
  for (const part of (acceptLanguage ?? '').split(',')) {
    const tag = part.split(';')[0]!.trim().toLowerCase();
    if (tag.startsWith('zh')) return 'zh-CN';
    if (tag.startsWith('en')) return 'en';
  }
  return 'en';
}

/** A refusal as it goes out: `message` is the reason's text in `locale` (a key neither table has stays as it is). */
export function sayRefusal<E extends { message: string; reason?: string; params?: RefusalParams }>(
  error: E,
  locale: Locale,
): E & { locale?: Locale } {
  const text = error.reason ? councilRefusalText(error.reason, locale, error.params) : null;
  return text === null ? error : { ...error, message: text, locale };
}
