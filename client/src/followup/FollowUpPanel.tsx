import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DecisionFollowUpList } from './decisions/DecisionFollowUpList';
import { DetailsForm } from './details/DetailsForm';
import { Panel } from '../ui/Panel';
import { MinutesDownloads } from './minutes/MinutesDownloads';
import { NoticeControls } from './notice/NoticeControls';
import { RubricSection } from './rubric/RubricSection';
import { ScorecardSection } from './scorecard/ScorecardSection';
import { SupervisionLink } from './actions/SupervisionLink';
import './followup.css';

/**
 * The host console's "After the meeting" (会后落实, against 决难行 · 行难管): the meeting's details,
 * each decision's action items by tier (分层分类办事), the public notice (公示办理结果), the
 * minutes, and the scorecard (打分器).
 */
export function FollowUpPanel() {
  const { t } = useTranslation('followup');
  const id = useId();
  return (
    <Panel id={id} heading={t('panel.heading')} className="followup">
      <p className="hint">{t('panel.intro')}</p>
      <SupervisionLink />
      <div className="followup__grid">
        <div className="followup__column">
          <Part heading={t('details.heading')}>
            <DetailsForm />
          </Part>
          <Part heading={t('notice.heading')}>
            <NoticeControls />
          </Part>
          <Part heading={t('minutes.heading')}>
            <MinutesDownloads />
          </Part>
        </div>
        <div className="followup__column">
          <Part heading={t('decisions.heading')}>
            <DecisionFollowUpList />
          </Part>
        </div>
        <div className="followup__column">
          <Part heading={t('scorecard.heading')}>
            <RubricSection />
            <ScorecardSection />
          </Part>
        </div>
      </div>
    </Panel>
  );
}

/** One named part of the panel: a region a screen reader can jump to. */
function Part({ heading, children }: { heading: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="followup__part stack" aria-labelledby={id}>
      <h3 id={id}>{heading}</h3>
      {children}
    </section>
  );
}
