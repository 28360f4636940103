import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './ActionList.css';

/** A decision's action items as a list of cards (the console, the phones, the public notice). */
export function ActionList({ children }: { children: ReactNode }) {
  const { t } = useTranslation('followup');
  return (
    <ul className="action-list" aria-label={t('actions.heading')}>
      {children}
    </ul>
  );
}

/** One action item's card; an overdue one stands out in colour (and its tag says so in words). */
export function ActionListItem({ overdue, children }: { overdue: boolean; children: ReactNode }) {
  return <li className={overdue ? 'action-card action-card--overdue stack' : 'action-card stack'}>{children}</li>;
}
