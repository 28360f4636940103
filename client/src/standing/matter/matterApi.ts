/** A matter's HTTP doors as the pages use them (docs/protocol.md, "Matters"); every answer parsed with the shared schema. */
import { CouncilMatters, MatterView, type CreateMatterRequest } from '@dr/shared/matter';
import { request } from '../../live/request';

const matterPath = (matterId: string) => `/api/matters/${encodeURIComponent(matterId)}`;
const councilPath = (councilId: string) => `/api/councils/${encodeURIComponent(councilId)}/matters`;

export const matterApi = {
  read: (matterId: string, token: string, signal?: AbortSignal) =>
    request(MatterView, matterPath(matterId), token, undefined, signal),
  list: (councilId: string, token: string, signal?: AbortSignal) =>
    request(CouncilMatters, councilPath(councilId), token, undefined, signal),
  create: (councilId: string, token: string, body: Omit<CreateMatterRequest, 'requestId'>) =>
    request(MatterView, councilPath(councilId), token, { ...body, requestId: crypto.randomUUID() }),
  outcome: (matterId: string, token: string, amended: boolean) =>
    request(MatterView, `${matterPath(matterId)}/outcome`, token, { amended, requestId: crypto.randomUUID() }),
  disclosure: (matterId: string, token: string, publishedAt: number, link: string) =>
    request(MatterView, `${matterPath(matterId)}/disclosure`, token, {
      publishedAt,
      link,
      requestId: crypto.randomUUID(),
    }),
};

/** A council's id from what a host pastes: its link (`…/c/<id>#t=…`) or the id itself; null when neither. */
export function councilIdFrom(text: string): string | null {
  const trimmed = text.trim();
  const fromLink = /\/c\/([\w-]{1,64})(?:[/?#]|$)/.exec(trimmed)?.[1];
  if (fromLink) return fromLink;
  return /^[\w-]{1,64}$/.test(trimmed) ? trimmed : null;
}
