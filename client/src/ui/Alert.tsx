import { useTranslation } from 'react-i18next';
// Its styles (Alert.css) load with the app's (app/main.tsx): lazy pages share this component.

interface Props {
  message: string;
  onDismiss?: () => void;
}

/** An inline error the reader can close; announced at once by screen readers. */
export function Alert({ message, onDismiss }: Props) {
  const { t } = useTranslation();
  return (
    <div className="alert" role="alert">
      <p>{message}</p>
      {onDismiss && (
        <button type="button" className="button button--quiet" onClick={onDismiss}>
          {t('common.dismiss')}
        </button>
      )}
    </div>
  );
}
