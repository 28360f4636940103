import type { CouncilBoard } from '@dr/shared/council';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PoolTopicChoice } from './PoolTopicChoice';
import { FormFooter } from '../../ui/FormFooter';
import { sayRefusal, standingApi } from '../standingApi';

/** Said as the server would say it (nothing is sent without a topic). */
const NONE_CHOSEN = { code: 'invalid', message: '', reason: 'council.topicsNeeded' };

interface Props {
  board: CouncilBoard;
  token: string;
  roomId: string;
  onAdded: () => void;
}

/**
 * The host adds pool topics forgotten at the call to a meeting already called (not yet over): they
 * go to the end of its agenda, as the call would have put them (`POST …/meetings/:roomId/topics`).
 */
export function AddMeetingTopics({ board, token, roomId, onAdded }: Props) {
  const { i18n } = useTranslation();
  const { t: s } = useTranslation('council');
  const [chosen, setChosen] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const pool = board.topics.filter((topic) => topic.status === 'pool');
  if (pool.length === 0 && added === null) return null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (chosen.length === 0) return setError(sayRefusal(NONE_CHOSEN, i18n.resolvedLanguage, s('failed')));
    setBusy(true);
    const answer = await standingApi.addMeetingTopics(board.councilId, token, roomId, chosen);
    setBusy(false);
    if (!answer.ok) return setError(sayRefusal(answer.refusal, i18n.resolvedLanguage, s('failed')));
    const titles = board.topics.filter((topic) => chosen.includes(topic.id)).map((topic) => topic.title);
    setAdded(s('topicsAdded', { list: titles.join(s('listSeparator')) }));
    setChosen([]);
    setError(null);
    onAdded();
  };
  return (
    <details className="council__add">
      <summary>{s('addTopics')}</summary>
      {added && (
        <p role="status" className="council__added">
          {added}
        </p>
      )}
      {pool.length > 0 && (
        <form className="stack" onSubmit={(e) => void submit(e)}>
          <PoolTopicChoice legend={s('addTopicsLegend')} pool={pool} chosen={chosen} onChange={setChosen} />
          <FormFooter error={error} onDismiss={() => setError(null)} busy={busy} submitLabel={s('addTopicsButton')} />
        </form>
      )}
    </details>
  );
}
