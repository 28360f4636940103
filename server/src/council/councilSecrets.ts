/**
 * What the council's events keep of its four tokens: their SHA-256 hashes, the member, observer and
 * supervisor tokens sealed under the host token (so the host can show them again and call meetings
 * with them), and the member token sealed under the supervisor token (a supervisor opens meetings as
 * a participant). Made at creation and again at each rotation.
 */
import type { CouncilCredentials, CouncilTokens } from '@dr/shared/council';
import { seal } from '../credentials/roomLinks.js';
import { hashToken } from '../credentials/tokens.js';
import { councilStream } from '../store/streams.js';

export function councilCredentials(councilId: string, tokens: CouncilTokens): CouncilCredentials {
  const stream = councilStream(councilId);
  return {
    tokenHashes: {
      host: hashToken(tokens.host),
      member: hashToken(tokens.member),
      observer: hashToken(tokens.observer),
      supervisor: hashToken(tokens.supervisor),
    },
    sealedLinks: seal(stream, tokens.host, {
      member: tokens.member,
      observer: tokens.observer,
      supervisor: tokens.supervisor,
    }),
    sealedForSupervisor: seal(stream, tokens.supervisor, { member: tokens.member }),
  };
}
