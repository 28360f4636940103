import { JOIN_LENGTH, looksLikeJoinCode, normalizeJoinCode } from '@dr/shared';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../ui/Alert';
import { TextField } from '../ui/TextField';

/** What was typed, as a code: the tail of a pasted short address (`…/j/<code>`) too. */
export function typedCode(input: string): string {
  const tail = /\/j\/([^/?#]+)/.exec(input)?.[1];
  return normalizeJoinCode(tail ?? input);
}

/** A code from the path (`/j/<code>`, encoded) as it was typed; a broken encoding as it stands. */
function fromPath(encoded: string): string {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return encoded;
  }
}

/** `K7QF2M9X` as `K7QF-2M9X`: read back in the halves it is shown in. */
const shown = (code: string) =>
  code.length === JOIN_LENGTH ? `${code.slice(0, JOIN_LENGTH / 2)}-${code.slice(JOIN_LENGTH / 2)}` : code;

/**
 * `/j`: a person without a camera types the join code (参会码) shown on the projector or the share
 * panel, in any case, with or without spaces or dashes. The page only reads its shape; the server's
 * short address (`GET /j/<code>`) decides: a meeting's code goes on to its room as a participant, an
 * unknown or replaced one comes back here (`unknown`) and counts as a failed guess from this address
 * (the access gate's guess limit, which answers a slowed address with its own page).
 */
export function JoinCodePage({ unknown: inPath }: { unknown: string | null }) {
  const unknown = inPath === null ? null : fromPath(inPath);
  // Its words are the standing pages' (`council` namespace): never on a phone's way into a meeting.
  const { t } = useTranslation('council');
  const [value, setValue] = useState(() => (unknown === null ? '' : shown(typedCode(unknown))));
  const [problem, setProblem] = useState<string | null>(
    unknown === null ? null : t('code.unknown', { code: shown(typedCode(unknown)) }),
  );
  useEffect(() => {
    document.title = t('code.heading');
  }, [t]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const code = typedCode(value);
    if (code === '') return setProblem(t('code.missing'));
    if (!looksLikeJoinCode(code)) return setProblem(t('code.shape'));
    setProblem(null);
    window.location.assign(`/j/${code}`);
  };

  return (
    <main className="page stack">
      <h1>{t('code.heading')}</h1>
      <p>{t('code.intro')}</p>
      <form className="card stack" onSubmit={submit} noValidate>
        <TextField
          label={t('code.label')}
          value={value}
          onChange={setValue}
          hint={t('code.hint')}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={64}
          aria-invalid={problem !== null || undefined}
        />
        {problem && <Alert message={problem} onDismiss={() => setProblem(null)} />}
        <button type="submit" className="button button--big button--primary">
          {t('code.submit')}
        </button>
      </form>
    </main>
  );
}
