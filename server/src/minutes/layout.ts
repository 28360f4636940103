/**
 * The minutes laid out as plain blocks in the room's language: headings, fields, lists, tables and
 * quoted text. The Markdown and Word renderers only draw these blocks, so both print the same words.
 */
import { CONSENSUS_LEVELS, own, type FactView, type LevelCounts, type Sitting } from '@dr/shared';
import type { ReviewedAction } from '@dr/shared';
import type {
  MinutesAction,
  MinutesItem,
  MinutesModel,
  MinutesPerson,
  MinutesRound,
  MinutesSpeech,
} from './minutesModel.js';
import { MINUTES_STRINGS, type MinutesStrings } from './strings.js';
import { ROUND_LAW_STRINGS, type RoundLawStrings } from './lawStrings.js';

export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; level: 2 | 3 | 4; text: string }
  /** `label` ends with its colon, in the language's own punctuation. */
  | { kind: 'field'; label: string; value: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'table'; header: string[]; rows: string[][] }
  /** Text kept line by line, as written: a draft or a decided text. */
  | { kind: 'quote'; lines: string[] };

interface Ctx {
  t: MinutesStrings;
  law: RoundLawStrings;
  date: (ms: number) => string;
  time: (ms: number) => string;
}

export function layoutMinutes(model: MinutesModel): Block[] {
  const t = MINUTES_STRINGS[model.locale];
  const dateTime = new Intl.DateTimeFormat(model.locale, {
    timeZone: model.timeZone,
    dateStyle: 'long',
    timeStyle: 'short',
  });
  const time = new Intl.DateTimeFormat(model.locale, { timeZone: model.timeZone, timeStyle: 'short' });
  const ctx: Ctx = {
    t,
    law: ROUND_LAW_STRINGS[model.locale],
    date: (ms) => dateTime.format(ms),
    time: (ms) => time.format(ms),
  };
  const blocks: Block[] = [{ kind: 'title', text: `${model.title} · ${t.minutes}` }];
  blocks.push(...facts(model, ctx));
  blocks.push({ kind: 'heading', level: 2, text: t.agenda });
  blocks.push(
    model.items.length === 0
      ? { kind: 'paragraph', text: t.none }
      : {
          kind: 'list',
          ordered: true,
          items: model.items.map((i) => i.title + (i.onAgenda ? '' : t.paren(t.notOnAgenda))),
        },
  );
  if (model.reviewed) blocks.push(...reviewBlocks(model.reviewed, t));
  model.items.forEach((item, index) => blocks.push(...itemBlocks(item, index + 1, ctx)));
  if (model.otherSpeeches.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: t.otherSpeeches });
    blocks.push(speechList(model.otherSpeeches, ctx));
  }
  blocks.push({ kind: 'paragraph', text: `${t.generatedAt}${t.colon}${ctx.date(model.generatedAt)}` });
  return blocks;
}

function facts(model: MinutesModel, { t, law, date, time }: Ctx): Block[] {
  const field = (label: string, value: string): Block => ({ kind: 'field', label: label + t.colon, value });
  const sitting = (s: Sitting) => `${date(s.startedAt)}${s.endedAt === null ? '' : `–${time(s.endedAt)}`}`;
  const blocks: Block[] = [{ kind: 'heading', level: 2, text: t.meetingFacts }];
  if (model.sittings.length > 0) blocks.push(field(t.sittings, model.sittings.map(sitting).join(t.listSeparator)));
  else blocks.push(field(t.date, date(model.scheduledAt ?? model.createdAt)));
  if (model.scheduledAt !== null && model.sittings.length > 0) blocks.push(field(t.scheduled, date(model.scheduledAt)));
  const held =
    model.sittings.length > 0 ? model.sittings.map((s) => s.startedAt) : [model.scheduledAt ?? model.createdAt];
  blocks.push(field(t.timeZone, zoneName(model.timeZone, model.locale, t, held)));
  if (model.place) blocks.push(field(t.place, model.place));
  if (model.kind) blocks.push(field(t.kind, own(t.meetingKinds, model.kind) ?? model.kind));
  blocks.push(field(t.phase, t.phases[model.phase]));
  blocks.push(field(t.conveners, model.conveners.join(t.listSeparator) || t.none));
  const { inRoom, remote } = model.attendance;
  const people = (list: MinutesPerson[]) =>
    list.length === 0 ? t.none : list.map((p) => personLabel(p, t)).join(t.listSeparator);
  blocks.push(field(t.attendance, t.people(inRoom.length + remote.length)));
  blocks.push(field(t.inRoom + t.paren(t.people(inRoom.length)), people(inRoom)));
  blocks.push(field(t.remote + t.paren(t.people(remote.length)), people(remote)));
  if (model.proxies.length > 0) {
    blocks.push({ kind: 'heading', level: 3, text: law.proxies });
    blocks.push({ kind: 'list', ordered: false, items: model.proxies.map(law.proxyLine) });
  }
  return blocks;
}

/**
 * "Australia/Sydney (Australian Eastern Daylight Time)": the IANA name, and the zone in words where
 * Intl has them, as they were on the meeting's dates (`at`, ms), so daylight saving is named when
 * the hours printed are in it (issue 25 §7); a meeting whose sittings fell on both sides of a change
 * names both. Intl's generic name ("longGeneric") is not used: for many zones it is the standard
 * time's name, also in summer.
 */
function zoneName(timeZone: string, locale: string, t: MinutesStrings, at: number[]): string {
  const format = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'long' });
  const names = new Set(
    at.map((ms) => format.formatToParts(ms).find((part) => part.type === 'timeZoneName')?.value ?? timeZone),
  );
  names.delete(timeZone);
  return names.size > 0 ? timeZone + t.paren([...names].join(t.listSeparator)) : timeZone;
}

function personLabel(person: MinutesPerson, t: MinutesStrings): string {
  const notes = [
    person.group ? (own(t.groups, person.group) ?? person.group) : null,
    person.proxy ? t.proxy : null,
    person.removed ? t.removedMember : null,
  ];
  const extra = notes.filter((n) => n !== null);
  return extra.length > 0 ? person.name + t.paren(extra.join(t.listSeparator)) : person.name;
}

function itemBlocks(item: MinutesItem, n: number, ctx: Ctx): Block[] {
  const { t } = ctx;
  const blocks: Block[] = [{ kind: 'heading', level: 2, text: `${n}. ${item.title}` }];
  if (item.description) blocks.push({ kind: 'paragraph', text: item.description });
  if (item.facts.length > 0) {
    blocks.push({ kind: 'heading', level: 3, text: t.facts });
    blocks.push({ kind: 'list', ordered: true, items: item.facts.map((f) => factLine(f, ctx)) });
  }
  if (item.interests.length > 0) {
    blocks.push({ kind: 'heading', level: 3, text: t.interests });
    const items = item.interests.map((d) => d.name + t.colon + d.note);
    blocks.push({ kind: 'list', ordered: false, items });
    blocks.push({ kind: 'paragraph', text: item.interestedMayVote ? t.interestedMayVote : t.interestedMayNotVote });
  }
  blocks.push({ kind: 'heading', level: 3, text: t.speakers });
  blocks.push(item.speeches.length > 0 ? speechList(item.speeches, ctx) : { kind: 'paragraph', text: t.none });
  if (item.draft)
    blocks.push({ kind: 'heading', level: 3, text: t.draft }, { kind: 'quote', lines: item.draft.split('\n') });
  if (item.rounds.length > 0) {
    blocks.push({ kind: 'heading', level: 3, text: t.rounds });
    item.rounds.forEach((round, i) => blocks.push(...roundBlocks(round, i + 1, ctx)));
  }
  for (const decision of item.decisions) {
    blocks.push({ kind: 'heading', level: 3, text: `${t.decision}${t.colon}${t.outcomes[decision.outcome]}` });
    blocks.push({ kind: 'paragraph', text: decision.statement });
    blocks.push({ kind: 'field', label: t.rule + t.colon, value: t.rules[decision.rule] });
    blocks.push({ kind: 'field', label: t.tally + t.colon, value: countsLine(decision.counts, t) });
    blocks.push(
      { kind: 'heading', level: 4, text: t.decisionText },
      { kind: 'quote', lines: decision.text.split('\n') },
    );
    blocks.push({ kind: 'heading', level: 4, text: t.actions });
    blocks.push(decision.actions.length > 0 ? actionTable(decision.actions, t) : { kind: 'paragraph', text: t.none });
  }
  return blocks;
}

/** "text (Source: …, recorded by Ana, 2 May 2025 at 19:03)", and after a retracted one who withdrew it and why. */
function factLine(fact: FactView, { t, date }: Ctx): string {
  const notes = [
    ...(fact.source ? [t.factSource + t.colon + fact.source] : []),
    t.factRecorded(fact.recordedBy ?? t.host, date(fact.recordedAt)),
  ];
  const line = fact.text + t.paren(notes.join(t.listSeparator));
  const { retracted } = fact;
  return retracted ? line + t.factRetracted(retracted.by ?? t.host, date(retracted.at), retracted.reason) : line;
}

function speechList(speeches: MinutesSpeech[], { t, time }: Ctx): Block {
  const duration = (ms: number) => {
    const seconds = Math.round(ms / 1000);
    return t.duration(Math.floor(seconds / 60), seconds % 60);
  };
  const items = speeches.map((s) => {
    const kind = s.kind === 'speak' ? '' : t.paren(t.handKinds[s.kind]);
    return `${time(s.startedAt)} ${s.name}${kind}${t.comma}${duration(s.spokenMs)}`;
  });
  return { kind: 'list', ordered: true, items };
}

function roundBlocks(round: MinutesRound, n: number, { t, law, time }: Ctx): Block[] {
  const status =
    round.status === 'void' ? t.roundVoid : round.outcome === null ? t.roundOpen : t.outcomes[round.outcome];
  const notes = [
    time(round.openedAt),
    ...(round.anonymous ? [t.anonymous] : []),
    ...(round.superseded ? [law.superseded] : []),
  ];
  const heading = `${t.round(n)}${t.paren(notes.join(t.listSeparator))}${t.colon}${status}`;
  const line = (label: string, value: string) => label + t.colon + value;
  const items = [
    ...(round.preset ? [line(law.preset, law.presetLine(round.preset))] : []),
    line(t.rule, t.rules[round.rule]),
    line(
      law.attendance,
      round.attendance ? law.attendanceLine(round.eligibleCount, round.attendance) : law.noAttendance,
    ),
    ...(round.quorum
      ? [line(law.quorum, law.quorumLine(round.quorum.of, round.quorum.reached, round.quorum.needed, round.quorum.met))]
      : []),
    ...(round.responses > 0
      ? [
          line(
            law.share,
            law.shareLine(
              round.rule,
              round.share.of,
              round.share.inFavour,
              round.share.denominator,
              round.share.needed,
            ),
          ),
        ]
      : []),
    line(t.tally, countsLine(round.counts, t)),
    ...(round.recusals.length > 0 ? [line(law.recusals, round.recusals.join(t.listSeparator))] : []),
  ];
  const blocks: Block[] = [
    { kind: 'paragraph', text: heading },
    { kind: 'list', ordered: false, items },
  ];
  if (round.reasons.length > 0) {
    const reasons = round.reasons.map(
      (r) => t.levels[r.level] + t.colon + r.reason + t.paren(r.name ?? t.anonymousMember),
    );
    blocks.push({ kind: 'paragraph', text: t.reasons }, { kind: 'list', ordered: false, items: reasons });
  }
  blocks.push(
    { kind: 'paragraph', text: law.frozenText + t.colon },
    { kind: 'quote', lines: round.text.split('\n') },
    { kind: 'field', label: law.fingerprint + t.colon, value: round.textHash },
  );
  return blocks;
}

/** "support 3, can live with it 1 … (4 responses)", levels from strong support down to block. */
function countsLine(counts: LevelCounts, t: MinutesStrings): string {
  const total = counts.reduce((a, b) => a + b, 0);
  const levels = [...CONSENSUS_LEVELS].reverse().map((level) => `${t.levels[level]} ${counts[level]}`);
  return levels.join(t.listSeparator) + t.paren(t.responses + t.colon + String(total));
}

function actionTable(actions: MinutesAction[], t: MinutesStrings): Block {
  return {
    kind: 'table',
    header: [t.action, t.owner, t.tier, t.dueDate, t.status, t.progress],
    rows: actions.map((a) => [
      a.category ? a.title + t.paren(a.category) : a.title,
      a.owner,
      t.tiers[a.tier],
      a.dueDate,
      t.statuses[a.status] +
        (a.overdue ? t.paren(t.overdue) : '') +
        (a.confirmedBy ? t.paren(`${t.confirmedBy}${t.colon}${a.confirmedBy}`) : ''),
      `${a.progress}%`,
    ]),
  };
}

/** A council's meeting: the open action items of earlier meetings it reviewed, as they stood when it was called. */
function reviewBlocks(reviewed: ReviewedAction[], t: MinutesStrings): Block[] {
  const heading: Block = { kind: 'heading', level: 2, text: t.reviewedActions };
  if (reviewed.length === 0) return [heading, { kind: 'paragraph', text: t.none }];
  return [
    heading,
    {
      kind: 'table',
      header: [t.action, t.meeting, t.owner, t.dueDate, t.status, t.progress, t.supervisor],
      rows: reviewed.map((a) => [
        a.title,
        a.meetingTitle,
        a.owner,
        a.dueDate,
        t.statuses[a.status] + (a.overdue ? t.paren(t.overdue) : ''),
        `${a.progress}%`,
        a.supervisor ?? t.none,
      ]),
    },
  ];
}
