import type { ActionUpdateView } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import { isoInstant, momentText } from '../../i18n/dateText';
import './ActionTimeline.css';

interface Props {
  /** The updates as shown (`presentAction`); an author of null is a host console without a name. */
  entries: readonly ActionUpdateView[];
  timeZone: string;
}

/** Every update of an action item, oldest first: when, who, what changed, and the note. */
export function ActionTimeline({ entries, timeZone }: Props) {
  const { t, i18n } = useTranslation('followup');
  if (entries.length === 0) return <p className="hint">{t('timeline.none')}</p>;
  return (
    <ol className="timeline" aria-label={t('timeline.heading')}>
      {entries.map((entry, index) => (
        <li key={index} className="timeline__entry">
          <p className="timeline__when">
            <time dateTime={isoInstant(entry.at)}>{momentText(entry.at, i18n.resolvedLanguage, timeZone)}</time>
            {' · '}
            <span className="timeline__author">{entry.author ?? t('timeline.hostConsole')}</span>
          </p>
          {(entry.status !== null || entry.progress !== null) && (
            <p className="timeline__change">
              {[
                entry.status !== null && t('timeline.status', { status: t(`statuses.${entry.status}`) }),
                entry.progress !== null && t('timeline.progress', { value: entry.progress }),
              ]
                .filter(Boolean)
                .join(' · ')}
            </p>
          )}
          {entry.note && <p className="timeline__note">{entry.note}</p>}
        </li>
      ))}
    </ol>
  );
}
