import type { AgendaItem } from '@dr/shared';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../live/can';
import { memberName } from '../meeting/memberName';
import { useRoomView } from '../../live/RoomContext';
import { useNamesOf } from '../../live/useAllMembers';
import { proposalsBySupport } from './proposalsBySupport';
import { proposalsEmpty } from './emptyStates';
import { SupportButton } from './SupportButton';
import './ProposalList.css';

/**
 * Topics proposed but not yet on the agenda, most supported first (定议题). `HostActions`: the host
 * console's controls for each (ProposalHostActions), given by the console so that a phone's path
 * does not carry them.
 */
export function ProposalList({ HostActions }: { HostActions?: ComponentType<{ item: AgendaItem }> }) {
  const { t } = useTranslation();
  const { state, you, youId } = useRoomView();
  const proposals = proposalsBySupport(state);
  useNamesOf(proposals.map((item) => item.proposedBy));
  if (proposals.length === 0) {
    return (
      <p className="hint">
        {proposalsEmpty(state) === 'noneYet' ? t('room.proposals.empty') : t('room.proposals.allHandled')}
      </p>
    );
  }

  return (
    <ul className="plain-list proposals">
      {proposals.map((item) => (
        <li key={item.id} className="card proposal">
          <div className="proposal__main">
            <h4 className="proposal__title">{item.title}</h4>
            {item.description && <p className="proposal__description">{item.description}</p>}
            <p className="hint">
              {item.proposedBy === null
                ? t('room.agenda.proposedByHost')
                : t('room.agenda.proposedBy', {
                    name: memberName(state, item.proposedBy) ?? t('common.unknownMember'),
                  })}
            </p>
          </div>
          <div className="proposal__support">
            <p className="proposal__count">{t('room.proposals.supporters', { count: item.supporters.length })}</p>
            {youId && can(state, you, { type: 'agenda.support', itemId: item.id }) && (
              <SupportButton item={item} youId={youId} />
            )}
          </div>
          {HostActions && <HostActions item={item} />}
        </li>
      ))}
    </ul>
  );
}
