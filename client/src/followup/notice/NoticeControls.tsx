import { noticePeriod, roomTimeZone } from '@dr/shared';
import { dayText } from '../../i18n/dateText';
import { TextField } from '../../ui/TextField';
import { useTranslation } from 'react-i18next';
import { can } from '../../live/can';
import { useRoomView } from '../../live/RoomContext';
import { useCommand } from '../../live/useCommand';
import { Alert } from '../../ui/Alert';
import { momentText } from '../../i18n/dateText';
import { noticePath } from './noticePath';
import './NoticeControls.css';
import { useField } from '../../ui/field';

/** The host puts the public notice up (公示办理结果) or takes it down, and opens it to check or print. */
export function NoticeControls() {
  const { t, i18n } = useTranslation('followup');
  const { roomId, state, you, send } = useRoomView();
  const { run, busy, error, dismiss } = useCommand(send);
  const { published, publishedAt } = state.notice;
  // Empty: the server takes the council's default period (公示期), else 7 days.
  const [periodDays, periodDaysField] = useField('');
  const period = noticePeriod(state.notice, roomTimeZone(state));
  const language = i18n.resolvedLanguage;

  const unpublish = () => {
    if (window.confirm(t('notice.confirmUnpublish'))) void run({ type: 'notice.unpublish' });
  };

  return (
    <div className="stack">
      <p className={published ? 'notice-state notice-state--up' : 'notice-state'} aria-live="polite">
        {published && publishedAt !== null
          ? t('notice.published', { time: momentText(publishedAt, i18n.resolvedLanguage, roomTimeZone(state)) })
          : t('notice.unpublished')}
        {period &&
          ` ${t('notice.period', {
            first: dayText(period.firstDay, language),
            last: dayText(period.lastDay, language),
            count: period.periodDays,
          })}`}
      </p>
      {!published && (
        <TextField
          label={t('notice.periodDays')}
          type="number"
          min={1}
          max={366}
          {...periodDaysField}
          hint={t('notice.periodHint')}
        />
      )}
      <div className="row-actions">
        {!published && (
          <button
            type="button"
            className="button button--primary"
            disabled={busy || !can(state, you, { type: 'notice.publish' })}
            onClick={() =>
              void run({ type: 'notice.publish', ...(periodDays ? { periodDays: Number(periodDays) } : {}) })
            }
          >
            {t('notice.publish')}
          </button>
        )}
        {published && (
          <>
            <a className="button" href={noticePath(roomId)} target="_blank" rel="noopener noreferrer">
              {t('notice.open')}
            </a>
            <button
              type="button"
              className="button button--danger"
              disabled={busy || !can(state, you, { type: 'notice.unpublish' })}
              onClick={unpublish}
            >
              {t('notice.unpublish')}
            </button>
          </>
        )}
      </div>
      {error && <Alert message={error} onDismiss={dismiss} />}
    </div>
  );
}
