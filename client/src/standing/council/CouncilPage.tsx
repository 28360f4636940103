import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LinkTokenPage } from '../../ui/LinkTokenPage';
import { MessagePage } from '../../ui/MessagePage';
import { sayRefusal } from '../standingApi';
import { takePersonalLink, type CouncilCredentials } from './councilCredentials';
import { CouncilLinks } from './CouncilLinks';
import { CouncilMeetings } from './CouncilMeetings';
import { CouncilDisclosures } from './CouncilDisclosures';
import { CouncilRecord } from './CouncilRecord';
import { CouncilScores } from './CouncilScores';
import { JoinCouncilForm } from './JoinCouncilForm';
import { rememberedToken } from './pushDevice';
import { PushSwitch } from './PushSwitch';
import { TopicPool } from './TopicPool';
import { useCouncilBoard } from './useCouncilBoard';
import { withRecordStrings } from '../../i18n/recordStrings';
import { withMatterStrings } from '../../i18n/matterStrings';
import '../standing.css';

// The supervisor's own view: loaded for supervisors only.
const SupervisionView = lazy(() => import('./SupervisionView').then((m) => ({ default: m.SupervisionView })));
// The host's roster spreadsheet (issue 28): import with its preview, export, personal QR slips.
const RosterImport = lazy(() => import('./RosterImport').then((m) => ({ default: m.RosterImport })));
// The council's matters (issue 29), with the matter strings and the matter's shared schemas.
const CouncilMatters = lazy(
  withMatterStrings(() => import('./CouncilMatters').then((m) => ({ default: m.CouncilMatters }))),
);
// The host's archive download and erasure (issue 27), with the record's strings.
const CouncilArchive = lazy(
  withRecordStrings(() => import('./CouncilArchive').then((m) => ({ default: m.CouncilArchive }))),
);

/**
 * `/c/<councilId>#t=<token>`: a standing council (议事会) for those who hold one of its links: its
 * fixed place and time, meetings to come and past, the topic pool, action items across meetings,
 * decisions, the notice board and the scores over time. Members join the roster here once; every
 * meeting then opens as the same member.
 */
export function CouncilPage({ councilId }: { councilId: string }) {
  // A tapped notification opens `/c/<id>` without the link: the one remembered when they were switched on.
  return (
    <LinkTokenPage remembered={() => rememberedToken(councilId)}>
      {(token) => <CouncilView councilId={councilId} token={token} />}
    </LinkTokenPage>
  );
}

function CouncilView({ councilId, token }: { councilId: string; token: string }) {
  const { i18n } = useTranslation();
  const { t: s } = useTranslation('council');
  const { load, reload } = useCouncilBoard(councilId, token);
  const [member, setMember] = useState<CouncilCredentials | null>(() => takePersonalLink(councilId, token));
  const board = load.status === 'ready' ? load.board : null;

  useEffect(() => {
    if (board) document.title = board.name;
  }, [board, i18n.resolvedLanguage]);

  if (load.status === 'loading') return <MessagePage heading={s('loading')} body="" />;
  if (load.status === 'failed') {
    return (
      <MessagePage heading={s('failed')} body={sayRefusal(load.refusal, i18n.resolvedLanguage, '')}>
        <button type="button" className="button button--primary" onClick={reload}>
          {s('retry')}
        </button>
      </MessagePage>
    );
  }
  const { board: b } = load;
  const me = member ? b.roster.find((m) => m.id === member.memberId) : undefined;
  const host = b.role === 'host';
  return (
    <main className="page council stack">
      <header className="council__head stack">
        <h1>{b.name}</h1>
        <p className="council__facts">
          {b.place && <span>{`${s('place')}${s('colon')}${b.place}`}</span>}
          {b.meetingPattern && <span>{`${s('pattern')}${s('colon')}${b.meetingPattern}`}</span>}
          <span>{s('members', { n: b.roster.length })}</span>
        </p>
        {me ? (
          <p className="council__you">{s('youAre', { name: me.name })}</p>
        ) : (
          b.role !== 'observer' && (
            <JoinCouncilForm councilId={councilId} token={token} onJoined={(c) => (setMember(c), reload())} />
          )
        )}
      </header>
      {me && member && <PushSwitch councilId={councilId} token={token} member={member} />}
      {me && member && (b.role === 'supervisor' || b.actions.some((a) => a.supervisorId === me.id)) && (
        <Suspense fallback={null}>
          <SupervisionView
            board={b}
            councilId={councilId}
            token={token}
            member={member}
            focus={new URLSearchParams(window.location.search).get('view') === 'supervision'}
            onChange={reload}
          />
        </Suspense>
      )}
      {host && <CouncilLinks councilId={councilId} token={token} fresh={b.meetings.length === 0} />}
      {host && (
        <Suspense fallback={null}>
          <RosterImport councilId={councilId} token={token} onChange={reload} />
        </Suspense>
      )}
      <CouncilMeetings board={b} token={token} host={host} member={me ? member : null} onChange={reload} />
      <CouncilDisclosures board={b} token={token} host={host} onChange={reload} />
      <TopicPool board={b} token={token} member={me ? member : null} onChange={reload} />
      <Suspense fallback={null}>
        <CouncilMatters board={b} token={token} host={host} />
      </Suspense>
      <CouncilRecord board={b} />
      <CouncilScores board={b} />
      {host && (
        <Suspense fallback={null}>
          <CouncilArchive board={b} token={token} onChange={reload} />
        </Suspense>
      )}
    </main>
  );
}
