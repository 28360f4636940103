import type { ReactNode } from 'react';
import { tokenFromHash } from '../live/token';
import { InvalidLinkPage } from './InvalidLinkPage';

/**
 * A page opened by a link that carries its token in the hash (`#t=…`): `children(token)`, or the
 * invalid-link page when the link has none (there is nothing to connect or ask with). `remembered`:
 * a token kept on the device for a page opened without its link (a tapped notification).
 */
export function LinkTokenPage({
  children,
  remembered,
}: {
  children: (token: string) => ReactNode;
  remembered?: () => string | null;
}) {
  const token = tokenFromHash(window.location.hash) ?? remembered?.() ?? null;
  return token ? children(token) : <InvalidLinkPage />;
}
