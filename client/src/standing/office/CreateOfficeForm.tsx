import { LIMITS } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import { standingApi } from '../standingApi';
import { CreateAndOpen } from '../CreateAndOpen';
import { TextField } from '../../ui/TextField';
import { useField } from '../../ui/field';

/**
 * A new office (a township or street office, 街镇) that oversees councils: only its name. Once
 * created, its page opens with its one link, which it keeps, and a form for its councils.
 */
export function CreateOfficeForm({ onCancel }: { onCancel?: () => void }) {
  const { t: text } = useTranslation('office');
  const [name, nameField] = useField('');
  const words = {
    heading: text('create'),
    submit: text('submit'),
    creating: text('creating'),
    failed: text('createFailed'),
  };
  return (
    <CreateAndOpen
      words={words}
      create={() => standingApi.createOffice(name.trim())}
      linkOf={(created) => created.link}
      onCancel={onCancel}
    >
      <TextField
        label={text('name')}
        required
        maxLength={LIMITS.roomTitle}
        placeholder={text('namePlaceholder')}
        {...nameField}
      />
    </CreateAndOpen>
  );
}
