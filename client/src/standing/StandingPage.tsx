import { lazy, Suspense } from 'react';
import { withMatterStrings } from '../i18n/matterStrings';
import { CouncilPage } from './council/CouncilPage';
import { OfficePage } from './office/OfficePage';

// A matter's page (issue 29): its own chunk (with the diff library it marks amendments with) and strings.
const MatterPage = lazy(
  withMatterStrings(() => import('./matter/MatterPage').then((m) => ({ default: m.MatterPage }))),
);

/** The one lazy door to the council (`/c/<id>`), office (`/o/<id>`) and matter (`/m/<id>`) pages. */
export default function StandingPage({ kind, id }: { kind: 'c' | 'o' | 'm'; id: string }) {
  if (kind === 'm')
    return (
      <Suspense fallback={null}>
        <MatterPage matterId={id} />
      </Suspense>
    );
  return kind === 'c' ? <CouncilPage councilId={id} /> : <OfficePage officeId={id} />;
}
