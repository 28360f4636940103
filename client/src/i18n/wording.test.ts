/**
 * One word for one thing (issue #26): the wording choices made once, kept by scanning every string
 * file of the web app, the minutes' strings and the refusals for the variants we turned down.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');

/** Every string leaf of a JSON tree, with its key. */
function leaves(tree: unknown, key = ''): [string, string][] {
  if (typeof tree === 'string') return [[key, tree]];
  if (tree === null || typeof tree !== 'object') return [];
  return Object.entries(tree).flatMap(([k, v]) => leaves(v, key ? `${key}.${k}` : k));
}

const jsonOf = (locale: string): [string, string][] =>
  readdirSync(here)
    .filter((file) => file.endsWith(`${locale}.json`) && (locale !== 'en' || !file.includes('zh-CN')))
    .flatMap((file) =>
      leaves(JSON.parse(readFileSync(path.join(here, file), 'utf8'))).map(([key, text]): [string, string] => [
        `${file}:${key}`,
        text,
      ]),
    );

/** Source files whose string literals people read in Chinese: the minutes, the notice's archive, refusals. */
const CHINESE_SOURCES = [
  'server/src/minutes/strings.ts',
  'server/src/minutes/lawStrings.ts',
  'shared/src/core/terms.ts',
  'shared/src/core/lawTerms.ts',
  'shared/src/council/councilRefusals.ts',
  'server/src/push/pushStrings.ts',
  ...readdirSync(path.join(root, 'shared/src/core/refusals'))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => `shared/src/core/refusals/${f}`),
];

/** The variants turned down, and the word to use instead. */
const REJECTED_ZH: [RegExp, string][] = [
  [/你/, '您 (the polite you, everywhere)'],
  [/（可选）/, '（选填）'],
  [/我的身份|分组/, '所属群体 / 群体 (a member’s group)'],
  [/召集人/, '主持人 (the host)'],
  [/回应/, '表态 (a response in a consensus check); 回应 is only the reply hand'],
];

/** Where a rejected variant is the right word after all. */
const ALLOWED: Record<string, RegExp> = {
  回应: /^zh-CN\.json:handKinds\.reply\.|^server\/src\/minutes\/strings\.ts$/,
};

describe('one word for one thing', () => {
  it('the Chinese strings use the chosen words', () => {
    const chinese: [string, string][] = [
      ...jsonOf('zh-CN'),
      ...CHINESE_SOURCES.map((file) => [file, readFileSync(path.join(root, file), 'utf8')] as [string, string]),
    ];
    const found = chinese.flatMap(([where, text]) =>
      REJECTED_ZH.filter(([pattern]) => pattern.test(text))
        .filter(([pattern]) => !ALLOWED[pattern.source]?.test(where))
        .map(([pattern, use]) => `${where}: "${text.match(pattern)?.[0]}", use ${use}`),
    );
    expect(found).toEqual([]);
  });

  it('the English strings count with plurals, never "{{n}} decisions" for one', () => {
    // "{{n}} decisions" fails unless the number is i18next's `count` (which picks _one or _other);
    // "3 of {{total}} members" is a share of a whole, left as it is.
    const counted =
      /(?<!of )\{\{(?!count\}\})\w+\}\} (decisions|action items|topics|facts|people|members|responses|items)\b/;
    const found = jsonOf('en').filter(([, text]) => counted.test(text));
    expect(found).toEqual([]);
  });

  it('no screen glues an ASCII colon after a translated label (Chinese takes the full-width one)', () => {
    const glued: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (file.endsWith('.tsx') && /\bt\([^)]*\)\}: /.test(readFileSync(file, 'utf8'))) glued.push(file);
      }
    };
    walk(path.resolve(here, '..'));
    expect(glued).toEqual([]);
  });
});
