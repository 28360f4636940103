import type { Attendance } from '@dr/shared';
import { useTranslation } from 'react-i18next';

interface Props {
  attendance: Attendance;
  eligible: number | null;
  className?: string;
}

/** "应到 120 · 实到 61", and of those present, members and the hall's headcount (follow-up namespace). */
export function AttendanceFigures({ attendance, eligible, className = 'attendance' }: Props) {
  const { t } = useTranslation('followup');
  const { present, members, headcount } = attendance;
  return (
    <p className={className}>
      <strong>
        {eligible === null
          ? t('law.attendance.figuresNoEligible', { present })
          : t('law.attendance.figures', { eligible, present })}
      </strong>{' '}
      <span className="hint">{t('law.attendance.split', { count: members, headcount })}</span>
    </p>
  );
}
