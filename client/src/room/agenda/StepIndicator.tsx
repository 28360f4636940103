import { ITEM_STEPS, type ItemStep } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import './StepIndicator.css';

interface Props {
  step: ItemStep;
  size?: 'normal' | 'board';
  /** A class of the view that shows it, for its layout. */
  className?: string;
}

/** The six steps (六步) in a row, the current one marked, so anyone sees where a topic stands. */
export function StepIndicator({ step, size = 'normal', className }: Props) {
  const { t } = useTranslation();
  const current = ITEM_STEPS.indexOf(step);
  return (
    <ol
      className={className ? `steps steps--${size} ${className}` : `steps steps--${size}`}
      aria-label={t('steps.label')}
    >
      {ITEM_STEPS.map((s, index) => (
        <li
          key={s}
          className={
            index === current
              ? 'steps__step steps__step--current'
              : index < current
                ? 'steps__step steps__step--done'
                : 'steps__step'
          }
          aria-current={index === current ? 'step' : undefined}
        >
          <span className="steps__number">{index + 1}</span>
          <span className="steps__name">{t(`steps.${s}.short`)}</span>
        </li>
      ))}
    </ol>
  );
}
