/**
 * Refusals said at the server's edge in the requester's language (the phone loads no refusal texts
 * for them): a socket's acknowledgements and its refused handshake in its `auth.locale` (else its
 * `Accept-Language`), an HTTP refusal in its `Accept-Language`; `locale` says which, `reason` and
 * `code` stay as they were, and without a language asked for it is English.
 */
import { refusalText, type RefusalKey } from '@dr/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { connect, connectError, createRoom, type CreatedRoom } from '../support/clients.js';
import { serverSuite } from '../support/serverSuite.js';

const suite = serverSuite();
let room: CreatedRoom;

beforeAll(async () => {
  room = await createRoom(suite.url);
});

describe('a command refused on a socket', () => {
  const queueNext = async (auth: Record<string, unknown>, headers?: Record<string, string>) => {
    const host = await connect(suite.url, { roomId: room.roomId, token: room.tokens.host, ...auth }, headers);
    const ack = await host.command({ type: 'queue.next' });
    host.close();
    if (ack.ok) throw new Error('queue.next on an empty queue was accepted');
    return ack.error;
  };

  it('is said in the language the handshake asked for', async () => {
    expect(await queueNext({ locale: 'zh-CN' })).toEqual({
      code: 'conflict',
      reason: 'queue.empty',
      message: refusalText('queue.empty', 'zh-CN'),
      locale: 'zh-CN',
    });
    expect(await queueNext({ locale: 'en' })).toMatchObject({ message: 'Nobody is waiting to speak.', locale: 'en' });
  });

  it('else in the handshake’s Accept-Language, else in English', async () => {
    const zh = await queueNext({}, { 'accept-language': 'zh-TW,zh;q=0.9,en;q=0.8' });
    expect(zh).toMatchObject({ message: refusalText('queue.empty', 'zh-CN'), locale: 'zh-CN' });
    expect(await queueNext({}, { 'accept-language': 'fr-FR' })).toMatchObject({
      message: 'Nobody is waiting to speak.',
      locale: 'en',
    });
  });

  it('refuses a locale that is not one of ours at the handshake, and says why in English', async () => {
    const refused = await connectError(suite.url, { roomId: room.roomId, token: room.tokens.host, locale: 'fr' });
    expect(refused).toMatchObject({ code: 'invalid', reason: 'access.malformed' });
    expect(refused.message).toBe(refusalText('access.malformed', 'en'));
  });
});

describe('a refused handshake', () => {
  it('is said in the language it asked for', async () => {
    const auth = { roomId: room.roomId, token: 'wrong', name: 'X' };
    const zh = await connectError(suite.url, { ...auth, locale: 'zh-CN' });
    expect(zh.code).toBe('bad_token');
    expect(zh.message).toBe(refusalText(zh.reason as RefusalKey, 'zh-CN'));
    const en = await connectError(suite.url, { ...auth, locale: 'en' });
    expect(en.message).toBe(refusalText(zh.reason as RefusalKey, 'en'));
    expect(en.message).not.toBe(zh.message);
  });
});

describe('an HTTP refusal', () => {
  const rotate = (headers: Record<string, string>) =>
    fetch(`${suite.url}/api/rooms/${room.roomId}/links/admin/rotate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${room.tokens.host}`, ...headers },
    }).then(async (res) => ({ status: res.status, body: (await res.json()) as { error: Record<string, unknown> } }));

  it('is said in the Accept-Language the request sent (the web app sends the page’s)', async () => {
    const zh = await rotate({ 'accept-language': 'zh-CN' });
    expect(zh.status).toBe(400);
    expect(zh.body.error).toEqual({
      code: 'invalid',
      reason: 'links.badRole',
      message: refusalText('links.badRole', 'zh-CN'),
      locale: 'zh-CN',
    });
    const en = await rotate({ 'accept-language': 'en-GB,en;q=0.9' });
    expect(en.body.error).toMatchObject({ message: refusalText('links.badRole', 'en'), locale: 'en' });
  });
});
