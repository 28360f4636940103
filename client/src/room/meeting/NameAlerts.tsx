import { nameAlerts, roomTimeZone } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';
import { useRoomView } from '../../live/RoomContext';
import { useCommand } from '../../live/useCommand';
import { CommandButton } from '../../ui/CommandButton';
import { timeText } from '../../i18n/timeText';
import './NameAlerts.css';

/**
 * The host sees at once when someone joins under a name already present (ignoring case, spaces and
 * full/half width): the same person on a second phone can be merged into the first (one ballot per
 * round survives, the latest; turns and hands move), or both kept as two people.
 */
export function NameAlerts() {
  const { t, i18n } = useTranslation();
  const { state, youId, send } = useRoomView();
  const runner = useCommand(send);
  const { error, dismiss } = runner;
  const alerts = nameAlerts(state);
  if (alerts.length === 0) return null;
  const at = (ms: number) => timeText(ms, i18n.resolvedLanguage, roomTimeZone(state));
  return (
    <section className="name-alerts" role="alert" aria-label={t('room.sameName.heading')}>
      <h2 className="name-alerts__heading">{t('room.sameName.heading')}</h2>
      <ul className="name-alerts__list">
        {alerts.map(({ member, sameAs }) => {
          // The membership in use by this console is never the one merged away.
          const [from, into] = member.id === youId ? [sameAs, member] : [member, sameAs];
          return (
            <li key={member.id} className="name-alerts__item">
              <p>
                {t('room.sameName.toHost', {
                  name: member.name,
                  joined: at(member.joinedAt),
                  other: sameAs.name,
                  otherJoined: at(sameAs.joinedAt),
                })}
              </p>
              <div className="row-actions">
                <CommandButton
                  runner={runner}
                  command={{ type: 'member.merge', memberId: from.id, intoMemberId: into.id }}
                  tone="primary"
                >
                  {t('room.sameName.merge')}
                </CommandButton>
                <CommandButton runner={runner} command={{ type: 'member.keepBoth', memberId: member.id }}>
                  {t('room.sameName.keepBoth')}
                </CommandButton>
              </div>
            </li>
          );
        })}
      </ul>
      {error && <Alert message={error} onDismiss={dismiss} />}
    </section>
  );
}
