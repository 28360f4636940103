import type { CouncilBoard } from '@dr/shared/council';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFooter } from '../../ui/FormFooter';
import { standingApi, sayRefusal } from '../standingApi';
import type { CouncilCredentials } from './councilCredentials';
import { TextField } from '../../ui/TextField';
import { useField } from '../../ui/field';

interface Props {
  board: CouncilBoard;
  token: string;
  member: CouncilCredentials | null;
  onChange: () => void;
}

/** The topic pool (广泛征集知事): proposed and supported by the roster at any time, between meetings too. */
export function TopicPool({ board, token, member, onChange }: Props) {
  const { i18n } = useTranslation();
  const { t: s } = useTranslation('council');
  const [title, setTitle] = useState('');
  const [details, detailsField, setDetails] = useField('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const act = async (command: unknown) => {
    setBusy(true);
    const answer = await standingApi.command(board.councilId, token, command, member);
    setBusy(false);
    if (!answer.ok) {
      setError(sayRefusal(answer.refusal, i18n.resolvedLanguage, s('failed')));
      return false;
    }
    setError(null);
    onChange();
    return true;
  };
  const propose = async (event: FormEvent) => {
    event.preventDefault();
    const command = { type: 'topic.propose', title, ...(details ? { description: details } : {}) };
    if (await act(command)) {
      setTitle('');
      setDetails('');
    }
  };
  const canAct = member !== null || board.role === 'host';
  return (
    <section className="council__section stack" aria-labelledby="council-pool">
      <h2 id="council-pool">{s('pool')}</h2>
      {board.topics.length === 0 ? (
        <p>{s('noTopics')}</p>
      ) : (
        <ul className="council__list">
          {board.topics.map((topic) => {
            const supported = member !== null && topic.supporters.includes(member.memberId);
            return (
              <li key={topic.id} className="council__topic">
                <strong>{topic.title}</strong>
                <span className="tag">{s(`topicStatus.${topic.status}`)}</span>
                <span>{s('supporters', { n: topic.supporters.length })}</span>
                {topic.proposedBy && (
                  <span className="council__muted">{s('proposedBy', { name: topic.proposedBy })}</span>
                )}
                {topic.description && <p className="council__details">{topic.description}</p>}
                {member && topic.status !== 'settled' && (
                  <button
                    type="button"
                    className="button"
                    aria-pressed={supported}
                    onClick={() =>
                      void act({ type: supported ? 'topic.unsupport' : 'topic.support', topicId: topic.id })
                    }
                  >
                    {supported ? s('unsupport') : s('support')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {canAct && (
        <form className="council__form stack" onSubmit={(e) => void propose(e)}>
          <TextField label={s('proposeTitle')} value={title} required maxLength={200} onChange={setTitle} />
          <TextField label={s('proposeDetails')} rows={2} {...detailsField} maxLength={4000} />
          {/* A refused support is said here too: the form is the pool's one place for refusals. */}
          <FormFooter error={error} onDismiss={() => setError(null)} busy={busy} submitLabel={s('proposeButton')} />
        </form>
      )}
    </section>
  );
}
