import type { Outcome } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import './outcome.css';

/** A round's or a decision's outcome (adopted, not adopted), as a tag. */
export function OutcomeTag({ outcome }: { outcome: Outcome }) {
  const { t } = useTranslation();
  return <span className={`tag outcome--${outcome}`}>{t(`consensus.outcome.${outcome}`)}</span>;
}
