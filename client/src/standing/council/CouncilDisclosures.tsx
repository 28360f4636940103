import type { CouncilBoard, DisclosureView } from '@dr/shared/council';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dayText } from '../../i18n/dateText';
import { CardForm } from '../../ui/CardForm';
import { FormFooter } from '../../ui/FormFooter';
import { TextField } from '../../ui/TextField';
import { sayRefusal, standingApi } from '../standingApi';
import { standingWords } from '../standingWords';
import { calendarPath } from './calendarPath';
import { useField } from '../../ui/field';

interface Props {
  board: CouncilBoard;
  token: string;
  host: boolean;
  onChange: () => void;
}

/**
 * 村务公开 on the council page: each meeting's resolution and result disclosures with their status
 * (due soon, overdue, on the board, period over), the council's deadlines (the host changes them),
 * and the calendar feed of meetings and disclosure periods to subscribe to.
 */
export function CouncilDisclosures({ board, token, host, onChange }: Props) {
  const { i18n } = useTranslation();
  const { t: s } = useTranslation('council');
  const language = i18n.resolvedLanguage;
  const { words } = standingWords(language);
  const kindWord = (d: DisclosureView) =>
    d.kind === 'resolution' ? words.resolutionDisclosure : words.resultDisclosure;
  const when = (d: DisclosureView) =>
    d.board
      ? s('boardPeriod', {
          first: dayText(d.board.firstDay, language),
          last: dayText(d.board.lastDay, language),
          count: d.board.periodDays,
        })
      : d.dueDate
        ? s('dueBy', { date: dayText(d.dueDate, language) })
        : '';
  return (
    <section className="council__section stack" aria-labelledby="council-disclosures">
      <h2 id="council-disclosures">{s('disclosures')}</h2>
      <p className="hint">
        {s('settingsNow', { due: board.settings.disclosureDueDays, period: board.settings.disclosurePeriodDays })}
      </p>
      {board.disclosures.length === 0 ? (
        <p>{s('noDisclosures')}</p>
      ) : (
        <ul className="council__list" aria-label={s('disclosures')}>
          {board.disclosures.map((d) => (
            <li key={`${d.roomId}-${d.kind}`} className="council__disclosure" data-status={d.status}>
              <strong>{`${kindWord(d)}${s('colon')}${d.title}`}</strong>
              <span className={d.status === 'overdue' ? 'tag tag--overdue' : 'tag'}>
                {s(`disclosureStatus.${d.status}`)}
              </span>
              <span>{when(d)}</span>
              {d.late && <span className="tag tag--overdue">{s('publishedLate')}</span>}
            </li>
          ))}
        </ul>
      )}
      <p className="stack">
        <a className="button" href={calendarPath(board.councilId, token)} download="council.ics">
          {s('calendar')}
        </a>
        <span className="hint">{s('calendarHint', { zone: board.timeZone })}</span>
      </p>
      {host && <DisclosureSettings board={board} token={token} onSaved={onChange} />}
    </section>
  );
}

function DisclosureSettings({ board, token, onSaved }: { board: CouncilBoard; token: string; onSaved: () => void }) {
  const { i18n } = useTranslation();
  const { t: s } = useTranslation('council');
  const [open, setOpen] = useState(false);
  const [due, dueField] = useField(String(board.settings.disclosureDueDays));
  const [period, periodField] = useField(String(board.settings.disclosurePeriodDays));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    const command = { type: 'settings.set', disclosureDueDays: Number(due), disclosurePeriodDays: Number(period) };
    const answer = await standingApi.command(board.councilId, token, command, null);
    setBusy(false);
    if (!answer.ok) return setError(sayRefusal(answer.refusal, i18n.resolvedLanguage, s('failed')));
    setOpen(false);
    onSaved();
  };
  return (
    <CardForm heading={s('disclosureSettings')} level={3} onSubmit={save} fold={{ open, onOpen: () => setOpen(true) }}>
      <TextField label={s('dueDays')} type="number" min={1} max={366} required {...dueField} />
      <TextField label={s('periodDays')} type="number" min={1} max={366} required {...periodField} />
      <FormFooter error={error} onDismiss={() => setError(null)} busy={busy} submitLabel={s('saveSettings')} />
    </CardForm>
  );
}
