import type { CouncilBoard } from '@dr/shared/council';
import type { CouncilMatters as Matters } from '@dr/shared/matter';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { matterApi } from '../matter/matterApi';
import { matterWords } from '../matter/matterWords';
import { CreateMatterForm } from './CreateMatterForm';

interface Props {
  board: CouncilBoard;
  token: string;
  host: boolean;
}

/**
 * The council's matters (议事事项, issue 29): those created here and those with a step it holds, each
 * with where it stands and a link to its page (the same council link opens it); the host creates one.
 */
export function CouncilMatters({ board, token, host }: Props) {
  const { i18n } = useTranslation();
  const { t: m } = useTranslation('matter');
  const { matter: words } = matterWords(i18n.resolvedLanguage);
  const [matters, setMatters] = useState<Matters['matters'] | null>(null);
  const read = useCallback(
    (signal?: AbortSignal) =>
      void matterApi.list(board.councilId, token, signal).then((answer) => {
        if (!signal?.aborted && answer.ok) setMatters(answer.value.matters);
      }),
    [board.councilId, token],
  );
  useEffect(() => {
    const abort = new AbortController();
    read(abort.signal);
    return () => abort.abort();
  }, [read]);
  const hash = `#t=${encodeURIComponent(token)}`;
  return (
    <section className="council__section stack" aria-labelledby="council-matters">
      <h2 id="council-matters">{m('list')}</h2>
      {matters && matters.length === 0 && <p>{m('none')}</p>}
      {matters && matters.length > 0 && (
        <ul className="council__list">
          {matters.map((matter) => (
            <li key={matter.matterId} className="council__meeting">
              <a href={`/m/${encodeURIComponent(matter.matterId)}${hash}`}>{matter.title}</a>
              <span className="tag">{words.status[matter.status]}</span>
              {matter.openStep && <span>{words.steps[matter.openStep]}</span>}
              {matter.holdsOpenStep && <span className="council__muted">{m('holdsStep')}</span>}
            </li>
          ))}
        </ul>
      )}
      {host && <CreateMatterForm board={board} token={token} onCreated={() => read()} />}
    </section>
  );
}
