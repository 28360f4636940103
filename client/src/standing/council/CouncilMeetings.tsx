import type { CouncilBoard } from '@dr/shared/council';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PoolTopicChoice } from './PoolTopicChoice';
import { standingWords } from '../standingWords';
import { fromLocalInput } from '../../i18n/zonedTime';
import { momentText } from '../../i18n/dateText';
import { FormFooter } from '../../ui/FormFooter';
import { standingApi, sayRefusal } from '../standingApi';
import type { CouncilCredentials } from './councilCredentials';
import { AddMeetingTopics } from './AddMeetingTopics';
import { EnterMeeting } from './EnterMeeting';
import { TextField } from '../../ui/TextField';
import { SelectField } from '../../ui/SelectField';
// The presets' words only: importing meeting/presets.ts here would split it off the phone's path into a chunk of its own.
import { LAW_TERMS, type RulePreset } from '@dr/shared';
import { meetingCalendarPath } from './calendarPath';
import { useField } from '../../ui/field';

interface Props {
  board: CouncilBoard;
  token: string;
  host: boolean;
  member: CouncilCredentials | null;
  onChange: () => void;
}

/** Meetings to come and past, each opened as the same member; the host calls the next one here. */
export function CouncilMeetings({ board, token, host, member, onChange }: Props) {
  const { i18n } = useTranslation();
  const { t: s } = useTranslation('council');
  const { terms } = standingWords(i18n.resolvedLanguage);
  const upcoming = board.meetings.filter((m) => m.phase !== 'closed' && m.phase !== 'adjourned');
  const past = board.meetings.filter((m) => m.phase === 'closed' || m.phase === 'adjourned');
  // The token that opens meetings now (after the member link was replaced too), not the one kept at joining.
  const as = member && { ...member, meetingToken: board.meetingToken ?? member.meetingToken };
  const list = (meetings: CouncilBoard['meetings']) =>
    meetings.length === 0 ? (
      <p>{s('noMeetings')}</p>
    ) : (
      <ul className="council__list">
        {meetings.map((m) => (
          <li key={m.roomId} className="council__meeting">
            <strong>{m.title}</strong>
            <span>{momentText(m.scheduledAt, i18n.resolvedLanguage, board.timeZone)}</span>
            <span className="tag">{terms.phases[m.phase]}</span>
            <EnterMeeting
              roomId={m.roomId}
              hostToken={host ? token : null}
              member={as}
              over={m.phase === 'closed' || m.phase === 'adjourned'}
            />
            {m.noticeUrl && <a href={new URL(m.noticeUrl).pathname}>{s('notice')}</a>}
            <a href={meetingCalendarPath(board.councilId, m.roomId, token)} download="meeting.ics">
              {s('addToCalendar')}
            </a>
            {m.warnings.map((w) => (
              <p key={w.code} className="council__warning" role="note">
                {s('noticeShort', { count: w.days, minimum: w.minimum })}
              </p>
            ))}
            {host && m.phase !== 'closed' && m.phase !== 'adjourned' && (
              <AddMeetingTopics board={board} token={token} roomId={m.roomId} onAdded={onChange} />
            )}
          </li>
        ))}
      </ul>
    );
  return (
    <section className="council__section stack" aria-labelledby="council-meetings">
      <h2 id="council-meetings">{s('upcoming')}</h2>
      {list(upcoming)}
      {host && <CallMeetingForm board={board} token={token} onCalled={onChange} />}
      <h2>{s('past')}</h2>
      {list(past)}
    </section>
  );
}

function CallMeetingForm({ board, token, onCalled }: { board: CouncilBoard; token: string; onCalled: () => void }) {
  const { i18n } = useTranslation();
  const { t: s } = useTranslation('council');
  const [title, setTitle] = useState('');
  const [when, whenField] = useField('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [preset, presetField] = useField<RulePreset | ''>('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const locale = i18n.resolvedLanguage === 'en' ? 'en' : 'zh-CN';
  const pool = board.topics.filter((topic) => topic.status === 'pool');
  const taken = pool.filter((topic) => chosen.includes(topic.id));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // Read in the council's zone, where it meets (as its page shows it), not this device's.
    const scheduledAt = fromLocalInput(when, board.timeZone);
    if (scheduledAt === null) return setError(s('failed'));
    setBusy(true);
    const answer = await standingApi.callMeeting(
      board.councilId,
      token,
      title,
      scheduledAt,
      chosen,
      preset || undefined,
    );
    setBusy(false);
    if (!answer.ok) return setError(sayRefusal(answer.refusal, i18n.resolvedLanguage, s('failed')));
    setTitle('');
    setChosen([]);
    onCalled();
  };
  return (
    <form className="council__form stack" onSubmit={(e) => void submit(e)}>
      <h3>{s('callMeeting')}</h3>
      <TextField label={s('meetingTitle')} value={title} required maxLength={200} onChange={setTitle} />
      <TextField
        label={s('when')}
        type="datetime-local"
        required
        {...whenField}
        hint={s('whenZone', { zone: board.timeZone })}
      />
      <SelectField<RulePreset | ''>
        label={s('preset')}
        {...presetField}
        choices={[
          { value: '', label: s('presetSame') },
          ...(Object.keys(LAW_TERMS.presets) as RulePreset[]).map((p) => ({
            value: p,
            label: LAW_TERMS.presets[p][locale],
          })),
        ]}
      />
      {pool.length > 0 && (
        <PoolTopicChoice legend={s('chooseTopics')} pool={pool} chosen={chosen} onChange={setChosen} />
      )}
      <p className="council__takes" aria-live="polite">
        {taken.length > 0
          ? s('takesTopics', { list: taken.map((topic) => topic.title).join(s('listSeparator')) })
          : s('takesNoTopic')}{' '}
        {s('carriedBack')}
      </p>
      <FormFooter error={error} onDismiss={() => setError(null)} busy={busy} submitLabel={s('callButton')} />
    </form>
  );
}
