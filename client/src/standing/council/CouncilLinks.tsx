import type { CouncilLinks as Links } from '@dr/shared/council';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LinkCard } from '../../ui/LinkCard';
import { Alert } from '../../ui/Alert';
import { standingApi, sayRefusal, sitePath } from '../standingApi';
import { RotateCouncilLink } from './RotateCouncilLink';

const KINDS = ['host', 'member', 'supervisor', 'observer'] as const;

/**
 * The council's four links, for its host: right after the council is created (the start page opens
 * this page; `fresh`: shown unfolded) and any time later, so the secretary can keep them and hand
 * each to the right people.
 */
export function CouncilLinks({ councilId, token, fresh }: { councilId: string; token: string; fresh: boolean }) {
  const { t, i18n } = useTranslation();
  const { t: s } = useTranslation('council');
  const [links, setLinks] = useState<Links | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void standingApi.links(councilId, token).then((answer) => {
      if (!live) return;
      if (answer.ok) setLinks(answer.value);
      else setError(sayRefusal(answer.refusal, i18n.resolvedLanguage, s('linksFailed')));
    });
    return () => {
      live = false;
    };
  }, [councilId, token, i18n.resolvedLanguage, s]);
  const onRotated = (next: Links, role: keyof Links) => {
    if (role !== 'host') return setLinks(next);
    // This page's own address was the old host link: move to the new one (a hash change alone does not reload).
    window.location.replace(sitePath(next.host));
    window.location.reload();
  };
  return (
    <section className="council__section stack" aria-labelledby="council-links">
      <h2 id="council-links">{s('links')}</h2>
      <p>{s('linksIntro')}</p>
      {error && <Alert message={error} />}
      {links && (
        // Open until the council's first meeting is called (it was just created); folded away after.
        <details open={fresh}>
          <summary>{t('start.remembered.show')}</summary>
          <div className="stack">
            {KINDS.map((kind) => (
              <LinkCard key={kind} label={s(`link.${kind}.label`)} help={s(`link.${kind}.help`)} url={links[kind]} />
            ))}
            <RotateCouncilLink councilId={councilId} token={token} onRotated={onRotated} />
          </div>
        </details>
      )}
    </section>
  );
}
