import { useTranslation } from 'react-i18next';
import { standingApi } from '../standingApi';
import { CreateAndOpen } from '../CreateAndOpen';

/**
 * A new office (a township or street office, 街镇) that oversees councils: only its name. Once
 * created, its page opens with its one link, which it keeps, and a form for its councils.
 */
export function CreateOfficeForm({ onCancel }: { onCancel?: () => void }) {
  const { t: text } = useTranslation('office');
  const words = {
    heading: text('create'),
    name: text('name'),
    namePlaceholder: text('namePlaceholder'),
    submit: text('submit'),
    creating: text('creating'),
    failed: text('createFailed'),
  };
  return (
    <CreateAndOpen
      words={words}
      create={(name) => standingApi.createOffice(name)}
      linkOf={(created) => created.link}
      onCancel={onCancel}
    />
  );
}
