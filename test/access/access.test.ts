/**
 * One access policy at three doors (issue #10 §2): every credential opens the same role, or
 * nothing, at the Socket.IO handshake, the draft endpoint and the host's HTTP endpoints.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { connect, createRoom, handshake, ok, type CreatedRoom } from '../support/clients.js';
import { appendParagraph, connectDraft, draftDoor, roundTrip, type DraftClient } from '../support/draftClients.js';
import { serverSuite } from '../support/serverSuite.js';

interface Credentials {
  host: string;
  participant: string;
  observer: string;
  joinCode: string;
}

const suite = serverSuite();
let room: CreatedRoom;
let itemId: string;
/** The credentials as they were before every link was replaced, and those in force now. */
let old: Credentials;
let current: Credentials;
const drafts: DraftClient[] = [];

const tokenOf = (link: string) => link.split('#t=')[1]!;

async function rotate(
  role: string,
  hostToken: string,
): Promise<{ host: string; participant: string; observer: string; joinCode: string }> {
  const res = await fetch(`${suite.url}/api/rooms/${room.roomId}/links/${role}/rotate`, {
    method: 'POST',
    headers: { authorization: `Bearer ${hostToken}` },
  });
  if (res.status !== 200) throw new Error(`rotating ${role} answered ${res.status}`);
  return (await res.json()) as { host: string; participant: string; observer: string; joinCode: string };
}

beforeAll(async () => {
  room = await createRoom(suite.url, 'Three doors', 'en');
  old = { ...room.tokens, joinCode: room.joinCode };
  const host = tokenOf((await rotate('host', old.host)).host);
  const afterParticipant = await rotate('participant', host);
  const links = await rotate('observer', host);
  current = {
    host,
    participant: tokenOf(afterParticipant.participant),
    observer: tokenOf(links.observer),
    joinCode: afterParticipant.joinCode,
  };
  const chair = await connect(suite.url, { roomId: room.roomId, token: host, name: 'Chair' });
  itemId = (await ok(chair, { type: 'agenda.propose', title: 'Who holds which key' }))!;
  chair.close();
}, 60_000);
afterEach(() => {
  for (const draft of drafts.splice(0)) draft.destroy();
});

type Role = 'host' | 'participant' | 'observer';
const dashed = (code: string) => `${code.slice(0, 4)}-${code.slice(4)}`.toLowerCase();

/** Each credential, and the role it must open at every door (null: none). */
const TABLE: [string, (c: { old: Credentials; current: Credentials }) => string, Role | null][] = [
  ['the host link', (c) => c.current.host, 'host'],
  ['the participant link', (c) => c.current.participant, 'participant'],
  ['the observer link', (c) => c.current.observer, 'observer'],
  ['the join code', (c) => c.current.joinCode, 'participant'],
  ['the join code typed in lower case with a dash', (c) => dashed(c.current.joinCode), 'participant'],
  ['the replaced host link', (c) => c.old.host, null],
  ['the replaced participant link', (c) => c.old.participant, null],
  ['the replaced observer link', (c) => c.old.observer, null],
  ['the replaced join code', (c) => c.old.joinCode, null],
  ['a wrong token', () => 'nGq3J2a8m8PVcT0yU7Vw1Q', null],
  ['a wrong join code', (c) => (c.current.joinCode === 'ABCDEFGH' ? 'ABCDEFGJ' : 'ABCDEFGH'), null],
];

describe('the access table', () => {
  describe.each(TABLE)('%s', (_name, credentialOf, role) => {
    const credential = () => credentialOf({ old, current });

    it(`opens ${role ?? 'nothing'} at the Socket.IO handshake`, async () => {
      const auth = { roomId: room.roomId, token: credential(), ...(role === 'participant' ? { name: 'Ana' } : {}) };
      expect(await handshake(suite.url, auth)).toEqual(role ? { role } : { refused: 'bad_token' });
    });

    it(`opens ${role ?? 'nothing'} at the draft endpoint`, async () => {
      if (!role) {
        expect(await draftDoor(suite.url, room.roomId, credential())).toBe(4401);
        return;
      }
      // The role shows in what the server keeps of an edit: an editor's is stored, an observer's dropped.
      const writer = await connectDraft(suite.url, room.roomId, credential());
      drafts.push(writer);
      const mark = `edit by ${_name}`;
      appendParagraph(writer.draft(itemId), mark);
      await roundTrip(writer);
      const live = await suite.server.app.registry.get(room.roomId);
      const text = (await live!.doc()).renderText(itemId);
      expect(text.includes(mark)).toBe(role !== 'observer');
    });

    it(`opens ${role === 'host' ? 'the host endpoints' : 'no host endpoint'} over HTTP`, async () => {
      const res = await fetch(`${suite.url}/api/rooms/${room.roomId}/links`, {
        headers: { authorization: `Bearer ${credential()}` },
      });
      const body = (await res.json()) as { error?: { reason?: string } };
      if (role === 'host') expect(res.status).toBe(200);
      else expect([res.status, body.error?.reason]).toEqual([403, role ? 'role.hostOnly' : 'access.badLink']);
    });
  });

  it('refuses a missing credential at every door', async () => {
    expect(await handshake(suite.url, { roomId: room.roomId })).toEqual({ refused: 'invalid' });
    expect(await draftDoor(suite.url, room.roomId, '')).toBe(4401);
    const res = await fetch(`${suite.url}/api/rooms/${room.roomId}/links`);
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { reason: string } }).error.reason).toBe('access.hostLinkNeeded');
  });

  it('answers an unknown room alike at every door', async () => {
    expect(await handshake(suite.url, { roomId: 'nosuchroom', token: current.host })).toEqual({
      refused: 'not_found',
    });
    expect(await draftDoor(suite.url, 'nosuchroom', current.host)).toBe(4404);
    const res = await fetch(`${suite.url}/api/rooms/nosuchroom/links`, {
      headers: { authorization: `Bearer ${current.host}` },
    });
    expect([res.status, ((await res.json()) as { error: { reason: string } }).error.reason]).toEqual([
      404,
      'room.unknown',
    ]);
  });
});
