import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { withProxyStrings } from '../i18n/proxyStrings';
import { useRoomView } from '../live/RoomContext';
import { PhaseBadge } from '../room/meeting/PhaseBadge';
import type { RoomStatus } from '../live/roomTypes';
import { BoardItem } from './BoardItem';
import { currentRound } from '../room/consensus/rounds';
import { BoardMain } from './BoardMain';
import { BoardAttendance } from './BoardAttendance';
import { BoardQueue } from './BoardQueue';
import { BoardSpeaker } from './BoardSpeaker';
import { JoinQr } from './JoinQr';
import type { RoomLinks } from '../live/useRoomLinks';
import { ChainHeadLine, type ChainHeadView } from '../followup/notice/ChainHeadLine';
import './BoardView.css';

// The list of proxies (委托名单) is published on the board, in the meetings that have one.
const ProxyList = lazy(
  withProxyStrings(() => import('../room/proxy/ProxyList').then((m) => ({ default: m.ProxyList }))),
);

/** A title wider than this (in Latin characters) is set smaller, so it wraps to two lines, not four. */
const LONG_TITLE = 60;

/** A title's width in Latin characters: a CJK character is about two. */
const titleWidth = (title: string) => [...title].reduce((sum, c) => sum + (c.codePointAt(0)! >= 0x2e80 ? 2 : 1), 0);

interface Props {
  status: RoomStatus;
  links: RoomLinks | null;
  /** The record's chain head, null until the server answered. */
  chain: ChainHeadView | null;
}

/** The projector board: the whole screen, large type, nothing to press. */
export function BoardView({ status, links, chain }: Props) {
  const { t } = useTranslation();
  const { state } = useRoomView();
  const itemId = state.activeItemId;
  // A consensus check takes the middle of the board; the speaker becomes a strip below it.
  const round = itemId ? currentRound(state, itemId) : undefined;
  const grid = [
    'board__grid',
    links ? 'board__grid--qr' : '',
    itemId ? 'board__grid--item' : '',
    round ? 'board__grid--round' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <main className="board">
      <header className="board__header">
        <h1 className={titleWidth(state.title) > LONG_TITLE ? 'board__title board__title--long' : 'board__title'}>
          {state.title}
        </h1>
        <PhaseBadge size="board" />
        {status !== 'connected' && (
          <span className="board__status" role="status">
            {t('connection.reconnecting')}
          </span>
        )}
      </header>
      <BoardAttendance />
      <div className={grid}>
        <BoardItem />
        {itemId && <BoardMain itemId={itemId} />}
        <BoardSpeaker />
        <aside className="board__side">
          {links && <JoinQr links={links} />}
          <BoardQueue />
          {Object.keys(state.proxies).length > 0 && (
            <Suspense fallback={null}>
              <ProxyList />
            </Suspense>
          )}
        </aside>
      </div>
      {chain && <ChainHeadLine head={chain} className="chain-head board__chain" />}
    </main>
  );
}
