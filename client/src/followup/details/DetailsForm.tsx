import { FOLLOW_UP_LIMITS, roomTimeZone, SUGGESTED_MEETING_KINDS } from '@dr/shared';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoomView } from '../../live/RoomContext';
import { useCommand } from '../../live/useCommand';
import { Alert } from '../../ui/Alert';
import { isSuggestedKind } from './useKindLabel';
import { fromLocalInput, toLocalInput } from './zonedTime';

interface Draft {
  place: string;
  /** A suggested kind's key, `other`, or '' for none. */
  kindChoice: string;
  otherKind: string;
  /** `YYYY-MM-DDTHH:mm` in the meeting's time zone, or ''. */
  scheduledAt: string;
}

const OTHER = 'other';

/**
 * The facts of the meeting for the minutes and the notice (定主事): where, in which form (a
 * suggested one such as 屋场恳谈会, or any name), and when. A draft until saved, like the rules.
 */
export function DetailsForm() {
  const { t } = useTranslation('followup');
  const id = useId();
  const { state, send } = useRoomView();
  const { run, busy, error, dismiss } = useCommand(send);
  const timeZone = roomTimeZone(state);
  const [draft, setDraft] = useState<Draft | null>(null);
  const { place, kind, scheduledAt } = state.details;
  const current: Draft = {
    place: place ?? '',
    kindChoice: kind === null ? '' : isSuggestedKind(kind) ? kind : OTHER,
    otherKind: kind !== null && !isSuggestedKind(kind) ? kind : '',
    scheduledAt: scheduledAt === null ? '' : toLocalInput(scheduledAt, timeZone),
  };
  const shown = draft ?? current;
  const change = (patch: Partial<Draft>) => setDraft({ ...shown, ...patch });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const chosenKind = shown.kindChoice === OTHER ? shown.otherKind.trim() : shown.kindChoice;
    const accepted = await run({
      type: 'room.setDetails',
      place: shown.place.trim() || null,
      kind: chosenKind || null,
      scheduledAt: fromLocalInput(shown.scheduledAt, timeZone),
    });
    if (accepted) setDraft(null);
  };

  return (
    <form className="stack" onSubmit={(e) => void onSubmit(e)} aria-label={t('details.formLabel')}>
      <div className="field">
        <label htmlFor={`${id}-place`}>{t('details.place')}</label>
        <input
          id={`${id}-place`}
          maxLength={FOLLOW_UP_LIMITS.place}
          placeholder={t('details.placePlaceholder')}
          value={shown.place}
          onChange={(e) => change({ place: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-kind`}>{t('details.kind')}</label>
        <select id={`${id}-kind`} value={shown.kindChoice} onChange={(e) => change({ kindChoice: e.target.value })}>
          <option value="">{t('details.kindNone')}</option>
          {SUGGESTED_MEETING_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kinds.${k}`)}
            </option>
          ))}
          <option value={OTHER}>{t('details.kindOther')}</option>
        </select>
      </div>
      {shown.kindChoice === OTHER && (
        <div className="field">
          <label htmlFor={`${id}-other`}>{t('details.kindOtherName')}</label>
          <input
            id={`${id}-other`}
            required
            maxLength={FOLLOW_UP_LIMITS.kind}
            value={shown.otherKind}
            onChange={(e) => change({ otherKind: e.target.value })}
          />
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-when`}>{t('details.scheduledAt')}</label>
        <input
          id={`${id}-when`}
          type="datetime-local"
          aria-describedby={`${id}-zone`}
          value={shown.scheduledAt}
          onChange={(e) => change({ scheduledAt: e.target.value })}
        />
        <p id={`${id}-zone`} className="hint">
          {t('details.timeZoneHint', { zone: timeZone })}
        </p>
      </div>
      {error && <Alert message={error} onDismiss={dismiss} />}
      <p className="hint" aria-live="polite">
        {draft ? t('details.unsaved') : place || kind || scheduledAt !== null ? t('details.saved') : ''}
      </p>
      <button type="submit" className="button button--primary" disabled={busy || !draft}>
        {t('details.save')}
      </button>
    </form>
  );
}
