import { useTranslation } from 'react-i18next';
import { MessagePage } from './MessagePage';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <MessagePage heading={t('notFound.heading')} body={t('notFound.body')}>
      <a className="button button--primary" href="/">
        {t('notFound.home')}
      </a>
    </MessagePage>
  );
}
