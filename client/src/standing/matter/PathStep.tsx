import type { MatterView, StepRecordView } from '@dr/shared/matter';
import { useTranslation } from 'react-i18next';
import { dayOf, matterWords } from './matterWords';
import { TextDiff } from './TextDiff';

/** One step as it was held: its body, its date, its outcome and record, or its publication. */
export function PathStep({ matter, record }: { matter: MatterView; record: StepRecordView }) {
  const { i18n } = useTranslation();
  const { t: m } = useTranslation('matter');
  const { terms, matter: words } = matterWords(i18n.resolvedLanguage);
  const step = matter.steps[record.index]!;
  const result = record.result;
  const day = (ms: number) => dayOf(ms, i18n.resolvedLanguage, matter.timeZone);
  const next = record.next;
  const preset = matter.preset === 'fourDeliberations';
  return (
    <li className="matter__step stack">
      <h3>
        {/* 四议两公开 names the body's act (村党组织提议); the tag says the step's short name beside it. */}
        {preset ? words.stepBodies[step.kind] : words.steps[step.kind]}
        {preset && <span className="tag">{words.steps[step.kind]}</span>}
      </h3>
      <p className="matter__facts">
        <span>{`${m('heldBy')}${m('colon')}${step.councilName ?? m('goneBody')}`}</span>
        {step.rules !== 'own' && <span>{`${m('rules')}${m('colon')}${words.rules[step.rules]}`}</span>}
      </p>
      {result === null && <p>{record.topicId ? m('waiting') : m('waitingDisclosure')}</p>}
      {result?.type === 'decided' && (
        <>
          <p className="matter__facts">
            <time dateTime={new Date(result.decidedAt).toISOString()}>
              {m('decidedOn', { date: day(result.decidedAt) })}
            </time>
            <strong className={result.passed ? 'matter__passed' : 'matter__failed'}>
              {terms.outcomes[result.outcome]}
            </strong>
            {result.present !== null && <span>{m('present', { n: result.present })}</span>}
          </p>
          <p className="matter__label">{result.amends ? m('amendment') : m('textDecided')}</p>
          {result.amends ? (
            <TextDiff before={result.amends.text} after={result.text} />
          ) : (
            <p className="matter__text">{result.text}</p>
          )}
          <p className="matter__facts">
            <span>
              {`${m('fingerprint')}${m('colon')}`}
              <code>{result.textHash.slice(0, 16)}</code>
            </span>
            <a href={`/notice/${encodeURIComponent(result.roomId)}`}>{m('record')}</a>
          </p>
        </>
      )}
      {result?.type === 'disclosed' && (
        <p className="matter__facts">
          <time dateTime={new Date(result.publishedAt).toISOString()}>
            {m('publishedOn', { date: dayOf(result.publishedAt, i18n.resolvedLanguage, 'UTC') })}
          </time>
          <a href={result.link} rel="noopener noreferrer">
            {m('published')}
          </a>
        </p>
      )}
      {typeof next === 'number' && next <= record.index && (
        <p className="matter__back">{m('sentBack', { step: words.steps[matter.steps[next]!.kind] })}</p>
      )}
      {next === 'end' && <p className="matter__back">{m('endedHere')}</p>}
    </li>
  );
}
