import type { Round } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import './FrozenText.css';

/** The exact text a round asks about, frozen when it opened, with the start of its SHA-256 to tell texts apart. */
export function FrozenText({ round }: { round: Pick<Round, 'text' | 'textHash'> }) {
  return (
    <div className="frozen">
      <p className="frozen__heading">
        <FrozenHeading textHash={round.textHash} />
      </p>
      <div className="frozen__text">
        <FrozenLines text={round.text} className="frozen__line" />
      </div>
    </div>
  );
}

/** The heading's words and the hash's start: the same on a phone and on the hall's board (BoardFrozenText). */
export function FrozenHeading({ textHash }: { textHash: string }) {
  const { t } = useTranslation();
  return (
    <>
      <span>{t('consensus.frozenHeading')}</span>{' '}
      <span className="frozen__hash">{t('consensus.hash', { hash: textHash.slice(0, 8) })}</span>
    </>
  );
}

/** The text's lines as written, an empty line kept as a line (not collapsed). */
export function FrozenLines({ text, className }: { text: string; className: string }) {
  return (
    <>
      {text.split('\n').map((line, index) => (
        <p key={index} className={className}>
          {line || '\u00A0'}
        </p>
      ))}
    </>
  );
}
