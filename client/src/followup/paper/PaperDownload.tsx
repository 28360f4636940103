import { useTranslation } from 'react-i18next';
import { DownloadButton } from '../minutes/useDownload';

interface Props {
  /** The PDF's route (docs/protocol.md, "Paper"). */
  url: string;
  /** The host link's token. */
  token: string;
  fallbackName: string;
  label: string;
  hint: string;
}

/**
 * A host's paper form (issue 28: the sign-in sheet, a round's paper ballots) as a button that
 * fetches the PDF with the host link's token and saves it, to print. Its words are the follow-up's.
 */
export default function PaperDownload(props: Props) {
  const { t } = useTranslation('followup');
  const words = {
    downloading: t('paper.downloading'),
    failed: t('paper.failed'),
    refused: (reason: string) => t('paper.refused', { reason }),
  };
  return <DownloadButton {...props} words={words} />;
}
