import { useTranslation } from 'react-i18next';
import { MessagePage } from './MessagePage';

/** A wrong, replaced or unknown room link: a plain page that says so, never a blank screen. */
export function InvalidLinkPage() {
  const { t } = useTranslation();
  return <MessagePage heading={t('invalidLink.heading')} body={t('invalidLink.body')} />;
}
