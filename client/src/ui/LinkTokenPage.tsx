import type { ReactNode } from 'react';
import { tokenFromHash } from '../live/token';
import { InvalidLinkPage } from './InvalidLinkPage';

/**
 * A page opened by a link that carries its token in the hash (`#t=…`): `children(token)`, or the
 * invalid-link page when the link has none (there is nothing to connect or ask with).
 */
export function LinkTokenPage({ children }: { children: (token: string) => ReactNode }) {
  const token = tokenFromHash(window.location.hash);
  return token ? children(token) : <InvalidLinkPage />;
}
