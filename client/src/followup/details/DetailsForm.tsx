import { FOLLOW_UP_LIMITS, isTimeZone, roomTimeZone, SUGGESTED_MEETING_KINDS } from '@dr/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoomView } from '../../live/RoomContext';
import { useCommand } from '../../live/useCommand';
import { Alert } from '../../ui/Alert';
import { isSuggestedKind } from './useKindLabel';
import { fromLocalInput, toLocalInput } from '../../i18n/zonedTime';
import { TextField } from '../../ui/TextField';
import { choicesOf, SelectField } from '../../ui/SelectField';
import { TimeZoneField } from '../../ui/TimeZoneField';

interface Draft {
  place: string;
  /** A suggested kind's key, `other`, or '' for none. */
  kindChoice: string;
  otherKind: string;
  /**
   * `YYYY-MM-DDTHH:mm` as typed, in the zone chosen below, or '' for none; null while untouched, so
   * changing only the zone keeps the scheduled instant (it then reads in the new zone).
   */
  scheduledAt: string | null;
  /** The zone as typed in the searchable list. */
  timeZone: string;
}

const OTHER = 'other';

/**
 * The facts of the meeting for the minutes and the notice (定主事): where, in which form (a
 * suggested one such as 屋场恳谈会, or any name), when, and in which time zone (a searchable list).
 * A draft until saved, like the rules.
 */
export function DetailsForm() {
  const { t } = useTranslation('followup');
  const { state, send } = useRoomView();
  const { run, busy, error, dismiss } = useCommand(send);
  const timeZone = roomTimeZone(state);
  const [draft, setDraft] = useState<Draft | null>(null);
  const { place, kind, scheduledAt } = state.details;
  const current: Draft = {
    place: place ?? '',
    kindChoice: kind === null ? '' : isSuggestedKind(kind) ? kind : OTHER,
    otherKind: kind !== null && !isSuggestedKind(kind) ? kind : '',
    scheduledAt: null,
    timeZone,
  };
  const shown = draft ?? current;
  const change = (patch: Partial<Draft>) => setDraft({ ...shown, ...patch });
  const chosenZone = shown.timeZone.trim();
  const zoneKnown = isTimeZone(chosenZone);
  // The zone the time field reads in: the one chosen, once it is a real zone.
  const shownZone = zoneKnown ? chosenZone : timeZone;
  const scheduledValue = shown.scheduledAt ?? (scheduledAt === null ? '' : toLocalInput(scheduledAt, shownZone));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const chosenKind = shown.kindChoice === OTHER ? shown.otherKind.trim() : shown.kindChoice;
    const accepted = await run({
      type: 'room.setDetails',
      place: shown.place.trim() || null,
      kind: chosenKind || null,
      ...(shown.scheduledAt === null ? {} : { scheduledAt: fromLocalInput(shown.scheduledAt, shownZone) }),
      ...(chosenZone === timeZone ? {} : { timeZone: chosenZone }),
    });
    if (accepted) setDraft(null);
  };

  return (
    <form className="stack" onSubmit={(e) => void onSubmit(e)} aria-label={t('details.formLabel')}>
      <TextField
        label={t('details.place')}
        maxLength={FOLLOW_UP_LIMITS.place}
        placeholder={t('details.placePlaceholder')}
        value={shown.place}
        onChange={(typed) => change({ place: typed })}
      />
      <SelectField
        label={t('details.kind')}
        value={shown.kindChoice}
        onChange={(kindChoice) => change({ kindChoice })}
        choices={[
          { value: '', label: t('details.kindNone') },
          ...choicesOf(SUGGESTED_MEETING_KINDS, (k) => t(`kinds.${k}`)),
          { value: OTHER, label: t('details.kindOther') },
        ]}
      />
      {shown.kindChoice === OTHER && (
        <TextField
          label={t('details.kindOtherName')}
          required
          maxLength={FOLLOW_UP_LIMITS.kind}
          value={shown.otherKind}
          onChange={(otherKind) => change({ otherKind })}
        />
      )}
      <TextField
        label={t('details.scheduledAt')}
        type="datetime-local"
        value={scheduledValue}
        onChange={(value) => change({ scheduledAt: value })}
        hint={<>{t('details.timeZoneHint', { zone: shownZone })}</>}
      />
      <TimeZoneField
        label={t('details.timeZone')}
        value={shown.timeZone}
        listed={timeZone}
        invalid={!zoneKnown}
        onChange={(zone) => change({ timeZone: zone })}
        hint={zoneKnown ? t('details.timeZoneHelp') : t('details.timeZoneUnknown')}
      />
      {error && <Alert message={error} onDismiss={dismiss} />}
      <p className="hint" aria-live="polite">
        {draft ? t('details.unsaved') : place || kind || scheduledAt !== null ? t('details.saved') : ''}
      </p>
      <button type="submit" className="button button--primary" disabled={busy || !draft || !zoneKnown}>
        {t('details.save')}
      </button>
    </form>
  );
}
