import { useTranslation } from 'react-i18next';
import './ProgressBar.css';

/** How far an action item has got, as a bar and in words (the words are what screen readers get). */
export function ProgressBar({ value }: { value: number }) {
  const { t } = useTranslation('followup');
  return (
    <div className="progress">
      <span className="progress__bar" aria-hidden="true">
        <span className="progress__fill" style={{ width: `${value}%` }} />
      </span>
      <span className="progress__words">{t('actions.progressValue', { value })}</span>
    </div>
  );
}
