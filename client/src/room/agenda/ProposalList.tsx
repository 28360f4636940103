import { useTranslation } from 'react-i18next';
import { can } from '../../live/can';
import { memberName } from '../meeting/memberName';
import { useRoomView } from '../../live/RoomContext';
import { ProposalHostActions } from './ProposalHostActions';
import { proposalsBySupport } from './proposalsBySupport';
import { proposalsEmpty } from './emptyStates';
import { SupportButton } from './SupportButton';
import './ProposalList.css';

/** Topics proposed but not yet on the agenda, most supported first (定议题). */
export function ProposalList() {
  const { t } = useTranslation();
  const { state, you, youId } = useRoomView();
  const proposals = proposalsBySupport(state);
  if (proposals.length === 0) {
    return (
      <p className="hint">
        {proposalsEmpty(state) === 'noneYet' ? t('room.proposals.empty') : t('room.proposals.allHandled')}
      </p>
    );
  }
  const isHost = you.role === 'host';

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
          {isHost && <ProposalHostActions item={item} />}
        </li>
      ))}
    </ul>
  );
}
