/**
 * The list of written proxies (委托名单) is on the record: the minutes (Markdown, Word and PDF share
 * one layout) and the public notice name who entrusted whom, the paper form's reference, and whether
 * the proxy was in force, in both languages (issue 24 §3, §6).
 */
import { describe, expect, it } from 'vitest';
import { presentNotice } from '@dr/shared';
import { RoomHarness } from '@dr/shared/testing';
import { buildMinutes } from './minutesModel.js';
import { layoutMinutes } from './layout.js';
import { renderMarkdown } from './markdown.js';

/** A meeting allowing proxies: Dai (seated, never came) entrusted Bo on paper; Ana gave hers to Cai, then took it back. */
function meeting(locale: 'zh-CN' | 'en') {
  const room = new RoomHarness({ locale });
  const host = room.join('Chair', 'host', 'in_room');
  const ana = room.join('Ana');
  const bo = room.join('Bo');
  const cai = room.join('Cai');
  const dai = room.seat('m90', 'Dai');
  room.must(host, { type: 'rules.set', proxies: true, maxProxiesPerHolder: 2 });
  room.must(host, { type: 'proxy.grant', principalId: dai.memberId!, holderId: bo.memberId!, reference: 'No. 7' });
  room.must(ana, { type: 'proxy.grant', principalId: ana.memberId!, holderId: cai.memberId! });
  room.must(ana, { type: 'proxy.revoke', principalId: ana.memberId! });
  return room;
}

describe('the list of proxies on the record', () => {
  it('is in the Chinese minutes, with the paper form and each proxy’s standing', () => {
    const room = meeting('zh-CN');
    const md = renderMarkdown(layoutMinutes(buildMinutes(room.state, {}, room.state.updatedAt)));
    expect(md).toContain('委托名单');
    expect(md).toContain('Dai 委托 Bo（委托书：No. 7），主持人据书面委托书登记；有效');
    expect(md).toContain('Ana 委托 Cai；已撤回');
  });

  it('is in the English minutes', () => {
    const room = meeting('en');
    const md = renderMarkdown(layoutMinutes(buildMinutes(room.state, {}, room.state.updatedAt)));
    expect(md).toContain('Written proxies');
    expect(md).toContain('Dai entrusted Bo (proxy form: No. 7), recorded by the host from the paper form; in force');
    expect(md).toContain('Ana entrusted Cai; revoked');
  });

  it('is on the public notice, and absent from minutes of a meeting without proxies', () => {
    const room = meeting('en');
    expect(presentNotice(room.state, room.state.updatedAt).proxies).toEqual([
      { principal: 'Dai', holder: 'Bo', reference: 'No. 7', byHost: true, status: 'inForce' },
      { principal: 'Ana', holder: 'Cai', reference: null, byHost: false, status: 'revoked' },
    ]);
    const plain = new RoomHarness({ locale: 'en' });
    plain.join('Chair', 'host', 'in_room');
    const md = renderMarkdown(layoutMinutes(buildMinutes(plain.state, {}, plain.state.updatedAt)));
    expect(md).not.toContain('Written proxies');
  });
});
