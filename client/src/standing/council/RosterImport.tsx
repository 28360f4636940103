/**
 * The host's roster spreadsheet (花名册, issue 28 part 3), a lazy chunk of the council page: choose a
 * CSV or Excel file, see every row with its problem (the server's preview, nothing stored), then
 * import the rows without errors in one go; download the roster as .xlsx, and print each imported
 * member's personal QR slip.
 */
import type { RosterImportAnswer } from '@dr/shared/council';
import type { TFunction } from 'i18next';
import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DownloadButton } from '../../followup/minutes/useDownload';
import { Alert } from '../../ui/Alert';
import { FiguresTable } from '../../ui/FiguresTable';
import { sayRefusal, standingApi } from '../standingApi';

interface Props {
  councilId: string;
  token: string;
  /** After an import: the page loads the board again. */
  onChange: () => void;
}

type Row = RosterImportAnswer['rows'][number];

export function RosterImport({ councilId, token, onChange }: Props) {
  const { i18n } = useTranslation();
  const { t: s } = useTranslation('council');
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<RosterImportAnswer | null>(null);
  const [done, setDone] = useState<RosterImportAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const send = async (chosen: File, dryRun: boolean) => {
    setBusy(true);
    setError(null);
    const answer = await standingApi.importRoster(councilId, token, chosen, dryRun);
    setBusy(false);
    if (!answer.ok) return setError(sayRefusal(answer.refusal, i18n.resolvedLanguage, s('rosterFile.failed')));
    if (dryRun) return setPreview(answer.value);
    setPreview(null);
    setFile(null);
    setDone(answer.value);
    onChange();
  };
  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0] ?? null;
    // Cleared, so choosing the same file again (after fixing it, or to check it is in) reads it again.
    event.target.value = '';
    setFile(chosen);
    setPreview(null);
    setDone(null);
    if (chosen) void send(chosen, true);
  };
  const importing = preview ? preview.counts.join + preview.counts.update : 0;
  const words = {
    downloading: s('rosterFile.downloading'),
    failed: s('rosterFile.downloadFailed'),
    refused: (reason: string) => s('rosterFile.downloadRefused', { reason }),
  };

  return (
    <section className="council__section stack" aria-labelledby="council-roster-file">
      <h2 id="council-roster-file">{s('rosterFile.heading')}</h2>
      <p className="hint">{s('rosterFile.intro')}</p>
      <div className="field">
        <label htmlFor="roster-file">{s('rosterFile.choose')}</label>
        <input
          id="roster-file"
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          disabled={busy}
          onChange={choose}
        />
      </div>
      <p className="hint" aria-live="polite">
        {busy ? s('rosterFile.reading') : done ? s('rosterFile.done', done.counts) : ''}
      </p>
      {error && <Alert message={error} onDismiss={() => setError(null)} />}
      {preview && (
        <>
          <FiguresTable
            caption={s('rosterFile.preview', preview.counts)}
            columns={[
              s('rosterFile.line'),
              s('rosterFile.name'),
              s('rosterFile.group'),
              s('rosterFile.household'),
              s('rosterFile.representative'),
              s('rosterFile.outcome'),
              s('rosterFile.problems'),
            ]}
          >
            {preview.rows.map((row) => (
              <tr key={row.line} data-outcome={row.outcome}>
                <td>{row.line}</td>
                <th scope="row">{row.name}</th>
                <td>{row.group ?? ''}</td>
                <td>{row.household ?? ''}</td>
                <td>{row.representative ? s('rosterFile.yes') : ''}</td>
                <td>{s(`rosterFile.outcomes.${row.outcome}`)}</td>
                <td>{problemsText(row, s)}</td>
              </tr>
            ))}
          </FiguresTable>
          <div className="row-actions">
            {importing > 0 ? (
              <button
                type="button"
                className="button button--primary"
                disabled={busy || !file}
                onClick={() => file && void send(file, false)}
              >
                {s('rosterFile.import', { count: importing })}
              </button>
            ) : (
              <p className="hint">{s('rosterFile.nothing')}</p>
            )}
          </div>
        </>
      )}
      <DownloadButton
        url={standingApi.rosterXlsx(councilId)}
        token={token}
        fallbackName={`roster-${councilId}.xlsx`}
        label={s('rosterFile.download')}
        words={words}
      />
      <DownloadButton
        url={standingApi.rosterSlips(councilId)}
        token={token}
        fallbackName={`roster-slips-${councilId}.pdf`}
        label={s('rosterFile.slips')}
        hint={s('rosterFile.slipsHint')}
        words={words}
      />
    </section>
  );
}

/** A row's problems as sentences, in the page's language. */
function problemsText(row: Row, s: TFunction<'council'>): string {
  return row.problems.map((p) => s(`rosterFile.problem.${p.key}`, p.params ?? {})).join(s('rosterFile.separator'));
}
