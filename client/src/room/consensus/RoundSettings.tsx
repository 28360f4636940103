import type { Round } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import { RoundStatusTag } from './RoundStatusTag';
import './RoundSettings.css';

/** A round's state and settings as tags: open or closed, named or anonymous, results live or after closing. */
export function RoundSettings({ round }: { round: Round }) {
  const { t } = useTranslation();
  return (
    <p className="round-settings">
      <RoundStatusTag status={round.status} />
      <span className="tag">{t(round.anonymous ? 'consensus.anonymousRound' : 'consensus.namedRound')}</span>
      <span className="tag">{t(`consensus.visibility.${round.visibility}`)}</span>
    </p>
  );
}
