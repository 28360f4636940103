import { CreateOfficeForm } from './office/CreateOfficeForm';
import { CreateCouncilForm } from './council/CreateCouncilForm';

/**
 * The start page's one lazy door to creating a council or an office (issue 18's forms), so the start
 * page loads the council's words and schemas only when someone asks for one.
 */
export default function CreateStanding({ kind, onCancel }: { kind: 'council' | 'office'; onCancel: () => void }) {
  return kind === 'council' ? <CreateCouncilForm onCancel={onCancel} /> : <CreateOfficeForm onCancel={onCancel} />;
}
