import { rubricOf } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import { can } from '../../live/can';
import { useRoomView } from '../../live/RoomContext';
import { RubricEditor } from './RubricEditor';
import { RubricView } from './RubricView';

/** The rubric for the host: editable until the first scorecard comes in, then shown as fixed. */
export function RubricSection() {
  const { t } = useTranslation('followup');
  const { state, you } = useRoomView();
  const editable = can(state, you, { type: 'scorecard.setRubric', rubric: rubricOf(state) });
  return (
    <details className="disclosure">
      <summary>{editable ? t('rubric.edit') : t('rubric.show')}</summary>
      {editable ? (
        <RubricEditor />
      ) : (
        <div className="stack">
          <p className="hint">{t('rubric.fixed')}</p>
          <RubricView />
        </div>
      )}
    </details>
  );
}
