import { useTranslation } from 'react-i18next';
import { DownloadButton } from '../minutes/useDownload';

interface Props {
  /** The archive route (recordApi). */
  url: string;
  token: string;
  /** The file name when the server gives none. */
  fallbackName: string;
  label: string;
}

/** "Download the record": the archive ZIP (村务档案), fetched with the link's token and saved as a file. */
export function ArchiveDownload(props: Props) {
  const { t } = useTranslation('record');
  const words = {
    downloading: t('downloading'),
    failed: t('downloadFailed'),
    refused: (reason: string) => t('downloadRefused', { reason }),
  };
  return <DownloadButton {...props} words={words} />;
}
