import { ITEM_CATEGORIES, type ItemCategory } from '@dr/shared';
import type { CouncilBoard } from '@dr/shared/council';
import type { FourDeliberationsCouncils } from '@dr/shared/matter';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRequest } from '../../live/useRequest';
import { CardForm } from '../../ui/CardForm';
import { FormFooter } from '../../ui/FormFooter';
import { choicesOf, SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { councilIdFrom, matterApi } from '../matter/matterApi';
import { matterWords } from '../matter/matterWords';
import { sayRefusal } from '../standingApi';
import { useField } from '../../ui/field';

const ROLES = ['proposal', 'consultation', 'review', 'resolution', 'disclosure'] as const;
type Role = (typeof ROLES)[number];

/**
 * The host creates a matter here (`POST …/matters`) under 四议两公开: its title, category, who proposed
 * it, its text, and the council holding each step (this council unless another's link or id is pasted).
 */
export function CreateMatterForm({
  board,
  token,
  onCreated,
}: {
  board: CouncilBoard;
  token: string;
  onCreated: () => void;
}) {
  const { i18n } = useTranslation();
  const { t: m } = useTranslation('matter');
  const { matter: words, category } = matterWords(i18n.resolvedLanguage);
  const { busy, error, dismiss, send } = useRequest();
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [proposedBy, setProposedBy] = useState('');
  const [description, setDescription] = useState('');
  const [kind, kindField] = useField<ItemCategory | ''>('');
  const [councils, setCouncils] = useState<Record<Role, string>>(
    () => Object.fromEntries(ROLES.map((r) => [r, board.councilId])) as Record<Role, string>,
  );
  const [created, setCreated] = useState<string | null>(null);
  const [bad, setBad] = useState<string | null>(null);
  const label = (role: Role) =>
    role === 'disclosure'
      ? `${words.steps.resolutionDisclosure} · ${words.steps.resultDisclosure}`
      : words.stepBodies[role];
  const submit = async () => {
    const ids = {} as FourDeliberationsCouncils;
    for (const role of ROLES) {
      const id = councilIdFrom(councils[role]);
      if (!id) return setBad(m('badCouncil', { text: councils[role] }));
      ids[role] = id;
    }
    setBad(null);
    const body = {
      title,
      proposedBy,
      category: kind || null,
      ...(description.trim() ? { description } : {}),
      procedure: { preset: 'fourDeliberations' as const, councils: ids },
    };
    const done = await send(
      () => matterApi.create(board.councilId, token, body),
      (refusal) => sayRefusal(refusal, i18n.resolvedLanguage, m('failed')),
    );
    if (!done) return;
    setCreated(m('created', { title: done.title }));
    setTitle('');
    setDescription('');
    onCreated();
  };
  return (
    <>
      {created && <p role="status">{created}</p>}
      <CardForm
        heading={m('create')}
        level={3}
        onSubmit={submit}
        fold={{ open, onOpen: () => setOpen(true), label: m('create') }}
      >
        <p className="council__muted">{`${m('procedure')}${m('colon')}${words.fourDeliberations}`}</p>
        <TextField label={m('title')} value={title} required maxLength={200} onChange={setTitle} />
        <TextField label={m('proposer')} value={proposedBy} required maxLength={200} onChange={setProposedBy} />
        <TextField label={m('description')} value={description} rows={3} maxLength={4000} onChange={setDescription} />
        <SelectField
          label={m('categoryField')}
          {...kindField}
          choices={[{ value: '' as const, label: m('ordinary') }, ...choicesOf(ITEM_CATEGORIES, category)]}
        />
        <fieldset className="choices stack">
          <legend>{m('councilsHint')}</legend>
          {ROLES.map((role) => (
            <TextField
              key={role}
              label={label(role)}
              value={councils[role]}
              required
              onChange={(value) => setCouncils({ ...councils, [role]: value })}
            />
          ))}
        </fieldset>
        <FormFooter
          error={bad ?? error}
          onDismiss={() => (setBad(null), dismiss())}
          busy={busy}
          submitLabel={m('createButton')}
        />
      </CardForm>
    </>
  );
}
