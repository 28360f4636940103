import { DRAFT_CLOSE } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import type { DraftStatus } from './roomDrafts';
import './DraftConnection.css';

/** Final close codes with a sentence of their own (docs/protocol.md); any other final close is "stopped". */
const KNOWN_CLOSES = [
  DRAFT_CLOSE.malformed,
  DRAFT_CLOSE.badToken,
  DRAFT_CLOSE.notFound,
  DRAFT_CLOSE.tooLarge,
  DRAFT_CLOSE.tooManyMessages,
] as const;
type KnownClose = (typeof KNOWN_CLOSES)[number];
const isKnown = (code: number): code is KnownClose => (KNOWN_CLOSES as readonly number[]).includes(code);

/** Whether the draft is live, being connected, or offline with the edits kept on this device. */
export function DraftConnection({ status, keptLocally }: { status: DraftStatus; keptLocally: boolean }) {
  const { t } = useTranslation();
  if (status.closedCode !== null) {
    const code = isKnown(status.closedCode) ? status.closedCode : 'other';
    return (
      <p className="draft-link draft-link--closed" role="status">
        {t(`draft.link.closed.${code}`)}
      </p>
    );
  }
  return (
    <p className={`draft-link draft-link--${status.link}`} role="status">
      <span className="draft-link__dot" aria-hidden="true" />
      {status.link === 'offline' && keptLocally ? t('draft.link.offlineKept') : t(`draft.link.${status.link}`)}
    </p>
  );
}
