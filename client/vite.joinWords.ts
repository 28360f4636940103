/**
 * A Vite plugin of the web app's build (vite.config.ts), and of the unit tests (vitest.config.ts),
 * which import the early join form too.
 */
import type { Plugin } from 'vite';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The keys of the early join form's words (`join.*` but `appName`, which is `app.name`). */
const JOIN_KEYS = ['heading', 'nameLabel', 'nameHelp', 'whereHeading', 'inRoom', 'remote', 'nameMissing'];

/**
 * `virtual:join-words` (src/i18n/joinWords.d.ts): the early join form's words in both languages,
 * read from the app's own strings at build time, so they are the join screen's words and only they
 * ride in the page's first chunks (~0.4 KB, not the two language files).
 */
export function joinWords(): Plugin {
  const id = 'virtual:join-words';
  return {
    name: 'join-words',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(resolved) {
      if (resolved !== `\0${id}`) return null;
      const words = Object.fromEntries(
        ['en', 'zh-CN'].map((locale) => {
          const file = path.resolve(import.meta.dirname, `src/i18n/${locale}.json`);
          this.addWatchFile(file);
          const strings = JSON.parse(readFileSync(file, 'utf8')) as {
            app: { name: string };
            join: Record<string, string>;
          };
          const join = Object.fromEntries(
            JOIN_KEYS.map((key) => {
              // A key renamed in the strings must be renamed here too, never shown as nothing.
              if (typeof strings.join[key] !== 'string')
                throw new Error(`join-words: ${locale}.json has no join.${key}`);
              return [key, strings.join[key]];
            }),
          );
          return [locale, { appName: strings.app.name, ...join }];
        }),
      );
      return `export default ${JSON.stringify(words)};`;
    },
  };
}
