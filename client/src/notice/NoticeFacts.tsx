import type { Notice } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import { momentText } from '../i18n/dateText';
import { useKindLabel } from '../followup/details/useKindLabel';
import './NoticeFacts.css';

/** The facts of the meeting: its form and place, when it was called and held, who convened it, who came and spoke. */
export function NoticeFacts({ notice }: { notice: Notice }) {
  const { t, i18n } = useTranslation('followup');
  const { t: tApp } = useTranslation();
  const kindLabel = useKindLabel();
  const language = i18n.resolvedLanguage;
  const { meeting, attendance, timeZone } = notice;
  const range = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short', timeZone });

  const rows: [string, string][] = [];
  if (meeting.kind) rows.push([t('publicNotice.kind'), kindLabel(meeting.kind)]);
  if (meeting.place) rows.push([t('publicNotice.place'), meeting.place]);
  if (meeting.scheduledAt !== null) {
    rows.push([t('publicNotice.scheduled'), momentText(meeting.scheduledAt, language, timeZone)]);
  }
  rows.push([
    t('publicNotice.held'),
    meeting.sittings.length === 0
      ? t('publicNotice.notHeld')
      : meeting.sittings
          .map((s) =>
            s.endedAt === null
              ? t('publicNotice.sittingOpen', { start: momentText(s.startedAt, language, timeZone) })
              : range.formatRange(s.startedAt, s.endedAt),
          )
          .join(t('publicNotice.listSeparator')),
  ]);
  rows.push([t('publicNotice.status'), tApp(`phases.${notice.phase}`)]);
  if (notice.conveners.length > 0) {
    rows.push([t('publicNotice.conveners'), notice.conveners.join(t('publicNotice.listSeparator'))]);
  }
  rows.push([t('publicNotice.attendance'), t('indicators.attendanceValue', attendance)]);
  rows.push([t('publicNotice.speakers'), t('publicNotice.speakersValue', { count: notice.speakers })]);

  return (
    <dl className="notice-facts">
      {rows.map(([term, value]) => (
        <div key={term} className="notice-facts__row">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
