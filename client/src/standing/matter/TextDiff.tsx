import { diffChars } from 'diff';

/**
 * A text beside the one it amends, changes marked (character by character: Chinese has no spaces
 * between words): removed struck through (`<del>`), added underlined (`<ins>`), as a reader of a
 * notice would mark them.
 */
export function TextDiff({ before, after }: { before: string; after: string }) {
  return (
    <p className="matter__text matter__diff">
      {diffChars(before, after).map((part, i) =>
        part.added ? <ins key={i}>{part.value}</ins> : part.removed ? <del key={i}>{part.value}</del> : part.value,
      )}
    </p>
  );
}
