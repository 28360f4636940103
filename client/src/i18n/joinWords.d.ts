/**
 * `virtual:join-words` (`joinWords` in client/vite.config.ts): the early join form's words in each
 * language, taken at build time from en.json and zh-CN.json (`app.name` and `join.*`), so the form
 * before the app says exactly what the app's join screen says, without the whole language file.
 */
declare module 'virtual:join-words' {
  import type { Locale } from '@dr/shared';

  export interface JoinWords {
    appName: string;
    heading: string;
    nameLabel: string;
    nameHelp: string;
    whereHeading: string;
    inRoom: string;
    remote: string;
    nameMissing: string;
  }
  const words: Record<Locale, JoinWords>;
  export default words;
}
