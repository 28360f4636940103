import { useTranslation } from 'react-i18next';

/** What the notice and the board show of the record's chain head (the same as `ChainHead`). */
export interface ChainHeadView {
  seq: number;
  fingerprint: string | null;
}

/**
 * The record's fingerprint (记录指纹（链头）), in the words the minutes end with, so a printed
 * notice or a photo of the board can be held against the archive. Needs the `followup` strings.
 */
export function ChainHeadLine({ head, className }: { head: ChainHeadView; className?: string }) {
  const { t } = useTranslation('followup');
  return (
    <p className={className ?? 'chain-head'} data-testid="chain-head">
      {t('chainHead.label')} <code className="chain-head__fingerprint">{head.fingerprint ?? '—'}</code>
      {t('chainHead.asOf', { seq: head.seq })}
    </p>
  );
}
