import { CouncilPage } from './council/CouncilPage';
import { OfficePage } from './office/OfficePage';

/** The one lazy door to the council (`/c/<id>`) and office (`/o/<id>`) pages, so the entry holds one import for both. */
export default function StandingPage({ kind, id }: { kind: 'c' | 'o'; id: string }) {
  return kind === 'c' ? <CouncilPage councilId={id} /> : <OfficePage officeId={id} />;
}
