import { attendanceNow, currentMembers, isPresent, LIMITS, roomTimeZone } from '@dr/shared';
import { lazy, Suspense, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';
import { MemberSelect } from '../../ui/MemberSelect';
import { TextField } from '../../ui/TextField';
import { useAllMembers } from '../../live/useAllMembers';
import { useRoomView } from '../../live/RoomContext';
import { useCommand } from '../../live/useCommand';
import { CommandButton } from '../../ui/CommandButton';
import { timeText } from '../../i18n/timeText';
import { AttendanceFigures } from './AttendanceFigures';

const SignInSheet = lazy(() => import('../../followup/paper/SignInSheet'));

/**
 * The host's attendance (签到 · 清点人数): who is present (应到 · 实到), the hall's headcount of people
 * with no entry here (with the time it was taken), and members who left the meeting. A phone that
 * closes has not left: only the host marks a departure. The host console's only; its words are in
 * the follow-up's namespace, off the phone's first page.
 */
export function AttendancePanel() {
  const { t, i18n } = useTranslation('followup');
  const { state, send } = useRoomView();
  useAllMembers(); // the lists (who may be marked departed, who left); the figures are the state's roll
  const runner = useCommand(send);
  const { run, busy, error, dismiss } = runner;
  const [count, setCount] = useState<string | null>(null);
  const [leaving, setLeaving] = useState('');
  const { countedAt } = state.headcount;
  const members = currentMembers(state);
  const present = members.filter(isPresent);
  const departed = members.filter((m) => m.arrivedAt !== null && m.departedAt !== null);
  const shownCount = count ?? String(state.headcount.count);

  const saveCount = async (event: FormEvent) => {
    event.preventDefault();
    if (await run({ type: 'attendance.setHeadcount', count: Math.max(0, Math.floor(Number(shownCount) || 0)) })) {
      setCount(null);
    }
  };
  const markLeft = async (event: FormEvent) => {
    event.preventDefault();
    if (leaving && (await run({ type: 'attendance.markDeparted', memberId: leaving }))) setLeaving('');
  };

  return (
    <div className="stack">
      <AttendanceFigures attendance={attendanceNow(state)} eligible={state.rules.eligibleCount} />
      <p className="hint">
        {countedAt === null
          ? t('law.attendance.notCounted')
          : t('law.attendance.countedAt', { time: timeText(countedAt, i18n.resolvedLanguage, roomTimeZone(state)) })}
      </p>
      <form className="stack" onSubmit={(e) => void saveCount(e)} aria-label={t('law.attendance.saveHeadcount')}>
        <TextField
          label={t('law.attendance.headcountLabel')}
          type="number"
          inputMode="numeric"
          min={0}
          max={LIMITS.headcount}
          step={1}
          value={shownCount}
          onChange={setCount}
          hint={t('law.attendance.headcountHelp')}
        />
        <button type="submit" className="button" disabled={busy || count === null}>
          {t('law.attendance.saveHeadcount')}
        </button>
      </form>
      <Suspense fallback={null}>
        <SignInSheet />
      </Suspense>
      {present.length > 0 && (
        <form className="stack" onSubmit={(e) => void markLeft(e)} aria-label={t('law.attendance.depart')}>
          <MemberSelect
            label={t('law.attendance.departLabel')}
            members={present}
            blank
            value={leaving}
            onChange={setLeaving}
          />
          <button type="submit" className="button" disabled={busy || !leaving}>
            {t('law.attendance.depart')}
          </button>
        </form>
      )}
      {departed.length > 0 && (
        <>
          <h3>{t('law.attendance.departed')}</h3>
          <ul className="stack">
            {departed.map((m) => (
              <li key={m.id}>
                {m.name}{' '}
                <CommandButton
                  runner={runner}
                  command={{ type: 'attendance.markReturned', memberId: m.id }}
                  aria-label={t('law.attendance.returnLabel', { name: m.name })}
                >
                  {t('law.attendance.return')}
                </CommandButton>
              </li>
            ))}
          </ul>
        </>
      )}
      {error && <Alert message={error} onDismiss={dismiss} />}
    </div>
  );
}
