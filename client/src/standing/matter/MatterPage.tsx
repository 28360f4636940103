import { isDeliberation, type MatterView } from '@dr/shared/matter';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Refusal } from '../../live/refusal';
import { tokenFromHash } from '../../live/token';
import { InvalidLinkPage } from '../../ui/InvalidLinkPage';
import { MessagePage } from '../../ui/MessagePage';
import { sayRefusal } from '../standingApi';
import { matterApi } from './matterApi';
import { matterWords } from './matterWords';
import { PathStep } from './PathStep';
import { RecordStep } from './RecordStep';
import '../standing.css';
import './matter.css';

type Load =
  { status: 'loading' } | { status: 'failed'; refusal: Refusal | null } | { status: 'ready'; matter: MatterView };

/**
 * `/m/<matterId>#t=<token>`: a matter (议事事项) and its path through the bodies of its procedure
 * (四议两公开): each step held, its body, date, outcome and record, the disclosures with their dates,
 * and what is next. Any link of a council it involves opens it (an observer's too); the host of the
 * council holding the open step records it here.
 */
export function MatterPage({ matterId }: { matterId: string }) {
  const token = tokenFromHash(window.location.hash);
  if (!token) return <InvalidLinkPage />;
  return <MatterScreen matterId={matterId} token={token} />;
}

function MatterScreen({ matterId, token }: { matterId: string; token: string }) {
  const { i18n } = useTranslation();
  const { t: m } = useTranslation('matter');
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const read = useCallback(
    (signal?: AbortSignal) =>
      void matterApi.read(matterId, token, signal).then((answer) => {
        if (signal?.aborted) return;
        setLoad(answer.ok ? { status: 'ready', matter: answer.value } : { status: 'failed', refusal: answer.refusal });
      }),
    [matterId, token],
  );
  useEffect(() => {
    const abort = new AbortController();
    read(abort.signal);
    return () => abort.abort();
  }, [read]);
  const matter = load.status === 'ready' ? load.matter : null;
  useEffect(() => {
    if (matter) document.title = matter.title;
  }, [matter]);

  if (load.status === 'loading') return <MessagePage heading={m('loading')} body="" />;
  if (load.status === 'failed')
    return (
      <MessagePage heading={m('failed')} body={sayRefusal(load.refusal, i18n.resolvedLanguage, '')}>
        <button type="button" className="button button--primary" onClick={() => read()}>
          {m('retry')}
        </button>
      </MessagePage>
    );
  return (
    <MatterBody matter={load.matter} token={token} onRecorded={(next) => setLoad({ status: 'ready', matter: next })} />
  );
}

function MatterBody({
  matter,
  token,
  onRecorded,
}: {
  matter: MatterView;
  token: string;
  onRecorded: (m: MatterView) => void;
}) {
  const { i18n } = useTranslation();
  const { t: m } = useTranslation('matter');
  const { matter: words, category } = matterWords(i18n.resolvedLanguage);
  const last = matter.path.at(-1);
  const open = matter.status === 'open' && last && !last.result ? last : null;
  const step = open ? matter.steps[open.index]! : null;
  const holds = open && step && matter.you?.councilId === step.councilId && matter.you.role === 'host';
  return (
    <main className="page council matter stack">
      <header className="council__head stack">
        <p className="matter__kind">
          {words.matter}
          <span className="tag">{words.status[matter.status]}</span>
        </p>
        <h1>{matter.title}</h1>
        <p className="council__facts">
          <span>{`${m('proposedBy')}${m('colon')}${matter.proposedBy}`}</span>
          <span>{`${m('category')}${m('colon')}${matter.category ? category(matter.category) : m('ordinary')}`}</span>
          <span>{`${m('procedure')}${m('colon')}${matter.preset === 'fourDeliberations' ? words.fourDeliberations : words.custom}`}</span>
        </p>
        {matter.description && <p className="matter__text">{matter.description}</p>}
      </header>
      <section className="council__section stack" aria-labelledby="matter-path">
        <h2 id="matter-path">{m('path')}</h2>
        <ol className="matter__path">
          {matter.path.map((record, i) => (
            <PathStep key={i} matter={matter} record={record} />
          ))}
        </ol>
      </section>
      <section className="council__section stack" aria-labelledby="matter-next">
        <h2 id="matter-next">{m('next')}</h2>
        {step && open ? (
          <>
            <p>{m('nextStep', { step: words.steps[step.kind], body: step.councilName ?? m('goneBody') })}</p>
            {holds && isDeliberation(step.kind) && (
              <p className="council__muted">{m('howToHold', { title: matter.title })}</p>
            )}
            {holds && (
              <RecordStep
                matter={matter}
                token={token}
                disclosure={!isDeliberation(step.kind)}
                onRecorded={onRecorded}
              />
            )}
          </>
        ) : (
          <p>{matter.status === 'done' ? m('doneAll') : m('endedAll')}</p>
        )}
      </section>
      <section className="council__section stack" aria-labelledby="matter-procedure">
        <h2 id="matter-procedure">{m('procedure')}</h2>
        <ol className="matter__procedure">
          {matter.steps.map((s, i) => (
            <li key={i}>
              {`${words.steps[s.kind]}${m('colon')}${s.councilName ?? m('goneBody')}`}
              {s.rules !== 'own' && (
                <span className="council__muted">{m('rulesNote', { rules: words.rules[s.rules] })}</span>
              )}
            </li>
          ))}
        </ol>
      </section>
    </main>
  );
}
