import { useTranslation } from 'react-i18next';

interface Props {
  roomId: string;
  token: string;
}

/** Opens the projector board in a new tab with the same host link, in the host's language. */
export function BoardLink({ roomId, token }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const href = `/board/${encodeURIComponent(roomId)}?lang=${encodeURIComponent(lang)}#t=${encodeURIComponent(token)}`;
  return (
    <a className="button" href={href} target="_blank" rel="noopener noreferrer">
      {t('room.board.open')}
    </a>
  );
}
