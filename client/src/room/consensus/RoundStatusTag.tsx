import type { Round } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import './RoundStatusTag.css';

/** Whether a round is open, closed or void, as a tag. */
export function RoundStatusTag({ status }: { status: Round['status'] }) {
  const { t } = useTranslation();
  return <span className={`tag round-tag round-tag--${status}`}>{t(`consensus.status.${status}`)}</span>;
}
