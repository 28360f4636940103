import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../live/errorMessage';
import { MessagePage } from '../ui/MessagePage';
import { switchLanguage } from '../i18n';
import { isLocale } from '../i18n/language';
import { NoticeSheet } from './NoticeSheet';
import { useNotice } from './useNotice';

/**
 * `/notice/<roomId>`: the public notice (公示办理结果), for anyone without a link, on a phone or
 * printed for the notice board. It opens in the meeting's own language unless `?lang=` asks for
 * another; the language switch in the header changes it as usual.
 */
export function NoticePage({ roomId }: { roomId: string }) {
  const { t, i18n } = useTranslation('followup');
  const { t: tRoom } = useTranslation();
  const { load, retry } = useNotice(roomId);
  const languageSet = useRef(false);
  const notice = load.status === 'ready' ? load.notice : null;

  useEffect(() => {
    if (!notice || languageSet.current) return;
    languageSet.current = true;
    const forced = new URLSearchParams(window.location.search).get('lang');
    if (!isLocale(forced) && i18n.resolvedLanguage !== notice.locale) void switchLanguage(notice.locale);
  }, [notice, i18n]);

  // After the language switch, which sets the app's name as the title.
  useEffect(() => {
    if (notice) document.title = `${t('publicNotice.heading')} · ${notice.title}`;
  }, [notice, t, i18n.resolvedLanguage]);

  switch (load.status) {
    case 'loading':
      return <MessagePage heading={t('publicNotice.loading')} body="" />;
    case 'notPublished':
      return <MessagePage heading={t('publicNotice.notPublished')} body={t('publicNotice.notPublishedBody')} />;
    case 'failed':
      return (
        <MessagePage
          heading={t('publicNotice.failed')}
          body={load.refusal ? errorMessage(tRoom, i18n.resolvedLanguage, load.refusal) : ''}
        >
          <button type="button" className="button button--primary" onClick={retry}>
            {t('publicNotice.retry')}
          </button>
        </MessagePage>
      );
    case 'ready':
      return <NoticeSheet notice={load.notice} />;
  }
}
