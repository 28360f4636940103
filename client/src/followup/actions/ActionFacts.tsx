import { isDoneLate, type ActionView } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import { dayText } from '../../i18n/dateText';
import { ProgressBar } from './ProgressBar';
import './ActionFacts.css';

interface Props {
  /** The action item as shown (`presentAction`): the console, the participant view and the public notice show the same. */
  action: ActionView;
  /** The heading level of the title where the card sits. */
  heading: 'h3' | 'h4' | 'h5';
  yours?: boolean;
}

/** An action item at a glance: who, which tier, by when, how far; overdue in colour and in words. */
export function ActionFacts({ action, heading: Heading, yours = false }: Props) {
  const { t, i18n } = useTranslation('followup');
  const doneLate = isDoneLate(action);
  return (
    <div className="action-facts">
      <div className="action-facts__head">
        <Heading className="action-facts__title">{action.title}</Heading>
        <span className={`tag status-tag status-tag--${action.status}`}>{t(`statuses.${action.status}`)}</span>
        {action.overdue && <span className="tag tag--overdue">{t('actions.overdue')}</span>}
        {doneLate && <span className="tag tag--late">{t('actions.doneLate')}</span>}
        {yours && <span className="tag tag--you">{t('actions.yours')}</span>}
      </div>
      <dl className="action-facts__list">
        <div>
          <dt>{t('actions.owner')}</dt>
          <dd>{action.owner}</dd>
        </div>
        <div>
          <dt>{t('actions.tier')}</dt>
          <dd>{t(`tiers.${action.tier}`)}</dd>
        </div>
        <div className={action.overdue ? 'action-facts__due--overdue' : undefined}>
          <dt>{t('actions.due')}</dt>
          <dd>
            <time dateTime={action.dueDate}>{dayText(action.dueDate, i18n.resolvedLanguage)}</time>
          </dd>
        </div>
        {action.supervisor && (
          <div>
            <dt>{t('actions.supervisor')}</dt>
            <dd>{action.supervisor}</dd>
          </div>
        )}
        {action.confirmedBy && (
          <div>
            <dt>{t('actions.confirmedBy')}</dt>
            <dd>{action.confirmedBy}</dd>
          </div>
        )}
        {action.category && (
          <div>
            <dt>{t('actions.category')}</dt>
            <dd>{action.category}</dd>
          </div>
        )}
      </dl>
      <ProgressBar value={action.progress} />
    </div>
  );
}
