import type { Round } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import './FrozenText.css';

/** The exact text a round asks about, frozen when it opened, with the start of its SHA-256 to tell texts apart. */
export function FrozenText({ round }: { round: Pick<Round, 'text' | 'textHash'> }) {
  const { t } = useTranslation();
  return (
    <div className="frozen">
      <p className="frozen__heading">
        <span>{t('consensus.frozenHeading')}</span>{' '}
        <span className="frozen__hash">{t('consensus.hash', { hash: round.textHash.slice(0, 8) })}</span>
      </p>
      <div className="frozen__text">
        {round.text.split('\n').map((line, index) => (
          <p key={index} className="frozen__line">
            {line || '\u00A0'}
          </p>
        ))}
      </div>
    </div>
  );
}
