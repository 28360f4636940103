import { describe, expect, it } from 'vitest';
import { nameText, normalizeName, optionalNameText } from './names.js';

describe('normalizeName', () => {
  it('trims, collapses white space and turns controls into spaces', () => {
    expect(normalizeName('  Ana  Li \t')).toBe('Ana Li');
    expect(normalizeName('Bus\nstop\r\nplan')).toBe('Bus stop plan');
    expect(normalizeName('Li\u0000 Wei\u0007')).toBe('Li Wei');
    expect(normalizeName('\u3000张三\u3000')).toBe('张三');
  });

  it('removes bidi embeddings, overrides, isolates and marks', () => {
    // "Ana" followed by an override that would show the rest reversed (e.g. a fake file name).
    expect(normalizeName('Ana\u202Egnp.exe')).toBe('Anagnp.exe');
    expect(normalizeName('\u202A\u202B\u202C\u202D\u2066\u2067\u2068\u2069\u200E\u200F\u061CLi')).toBe('Li');
  });

  it('treats a name of zero-width or blank characters only as empty', () => {
    expect(normalizeName('\u200B')).toBe('');
    expect(normalizeName('\u200B\u200C\u200D\u2060\uFEFF')).toBe('');
    expect(normalizeName('\u3164\u3164')).toBe('');
    expect(normalizeName('\u2800')).toBe('');
    expect(normalizeName(' \u0301 ')).toBe(''); // a combining mark with nothing to combine with
    expect(normalizeName('\u00AD')).toBe('');
    expect(normalizeName('\uD800')).toBe(''); // a lone surrogate
  });

  it('keeps joiners inside a name, where scripts and emoji need them', () => {
    const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}';
    expect(normalizeName(`${family} Li`)).toBe(`${family} Li`);
    expect(normalizeName('\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645')).toBe(
      '\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645',
    );
    expect(normalizeName('\u200DLi\u200C')).toBe('Li');
    expect(normalizeName('A\u200B\u200BB')).toBe('AB');
  });

  it('composes to NFC, also across a removed invisible character', () => {
    expect(normalizeName('Jose\u0301')).toBe('Jos\u00E9');
    expect(normalizeName('Jose\u200B\u0301')).toBe('Jos\u00E9');
    expect(normalizeName('\u1112\u1161\u11AB')).toBe('\uD55C'); // Hangul jamo → one syllable
    expect(normalizeName('Jos\u00E9')).toBe(normalizeName('Jose\u0301'));
  });
});

describe('nameText', () => {
  const name = nameText(10);
  it('gives the normalised name, or invalid when it is empty or too long', () => {
    expect(name.parse('  Jose\u0301 ')).toBe('Jos\u00E9');
    expect(name.safeParse('\u200B').success).toBe(false);
    expect(name.safeParse('\u202E').success).toBe(false);
    expect(name.safeParse('\u0000').success).toBe(false);
    expect(name.safeParse('').success).toBe(false);
    expect(name.safeParse('x'.repeat(11)).success).toBe(false);
    // The cap counts what is kept: ten letters with invisible characters between them fit.
    expect(name.parse('a\u200Bb\u200Bc\u200Bd\u200Be\u200Bf\u200Bg\u200Bh\u200Bi\u200Bj')).toBe('abcdefghij');
  });

  it('optionalNameText gives the empty string for nothing visible', () => {
    expect(optionalNameText(10).parse('\u200B ')).toBe('');
    expect(optionalNameText(10).parse(' 村民 ')).toBe('村民');
  });
});
