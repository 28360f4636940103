/**
 * Names and titles people type (member names, the room's title, agenda titles, version names,
 * owners, groups, places, rubric labels) are shown to everyone, on a projector and in the minutes,
 * so they are normalised once, here, before anything stores them:
 * - control characters go (tabs and line breaks become spaces), and so do invisible format
 *   characters: bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069, marks),
 *   zero-width spaces and joiners at the edges, the BOM, soft hyphens, tags, lone surrogates,
 *   and letters that draw nothing (Hangul fillers, the blank braille pattern);
 *   a zero-width joiner or non-joiner between characters stays (emoji sequences, Persian, Indic
 *   scripts need them);
 * - the rest is put in Unicode NFC, so "é" typed as e + U+0301 is the same name as "é";
 * - runs of white space become one space, and the ends are trimmed.
 * A name with no visible character left (only zero-width characters, say) is empty, and a required
 * name that is empty is `invalid`. Free text (descriptions, reasons, notes) is not a name.
 */
/** Format characters (Cf) that may stay inside a name: zero-width non-joiner and joiner. */
const KEPT_FORMAT = /[\u200C\u200D]/u;
/** Characters that are removed outright: every format character except the kept ones, and lone surrogates. */
const INVISIBLE = /[\p{Cf}\p{Cs}]/gu;
/** Letters and symbols that draw nothing (Hangul fillers, the blank braille pattern): a name of them looks empty. */
const BLANK = /[\u115F\u1160\u3164\uFFA0\u2800]/gu;
/** Control characters (and line or paragraph separators), which become spaces. */
const CONTROL = /[\p{Cc}\u2028\u2029]/gu;
/** Joiners left at the edges or beside a space join nothing. */
const LOOSE_JOINERS = /^[\u200C\u200D]+|[\u200C\u200D]+$|(?<=\s)[\u200C\u200D]+|[\u200C\u200D]+(?=\s)/gu;
/** Something a reader can see: a letter, a digit, a symbol (emoji included) or punctuation. */
const VISIBLE = /[\p{L}\p{N}\p{S}\p{P}]/u;

/**
 * The name as stored and shown: invisible and control characters removed, NFC, white space
 * collapsed and trimmed. Returns '' when nothing visible is left.
 */
export function normalizeName(raw: string): string {
  const cleaned = raw
    .replace(CONTROL, ' ')
    .replace(INVISIBLE, (c) => (KEPT_FORMAT.test(c) ? c : ''))
    .replace(BLANK, '')
    .normalize('NFC')
    .replace(/\s+/gu, ' ')
    .replace(LOOSE_JOINERS, '')
    .trim();
  return VISIBLE.test(cleaned) ? cleaned : '';
}

/**
 * The key two names are "the same person" by (one person, one voice): the stored name
 * (`normalizeName`) in Unicode NFKC, so full-width and half-width forms (Ａｎａ, Ana) agree, in lower
 * case, without any white space ("Wang Fang" and "wangfang", "王 芳" and "王芳"). Only for
 * comparing: names are stored and shown as typed.
 */
export function nameKey(name: string): string {
  return normalizeName(name).normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
}
