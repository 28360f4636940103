/**
 * A matter (议事事项) as its own aggregate: folded from its own stream (`matter:<matterId>`) like a
 * council, created once at a council and carried through its procedure's steps, each held by a
 * council whose meeting decides it (docs/protocol.md, "Matters").
 */
import type { ItemCategory, LevelCounts, Outcome } from '../core/vocabulary.js';
import type { ProcedureStep } from './procedure.js';

/** `open`: a step is waiting; `done`: every step passed; `ended`: a failed step ended it. */
export type MatterStatus = 'open' | 'done' | 'ended';

/** Where a recorded step sends the matter: a step's index, `end` (it failed for good) or `done`. */
export type StepNext = number | 'end' | 'done';

/** A deliberation's outcome, as its meeting's round recorded it (定结果). */
export interface DecidedStep {
  type: 'decided';
  roomId: string;
  itemId: string;
  roundId: string;
  outcome: Outcome;
  passed: boolean;
  /** The round's combined counts per level (0 block … 5 strong support). */
  counts: LevelCounts;
  /** Who was present as it closed (实到), or null in a round closed before attendance. */
  present: number | null;
  /** The exact text the round decided, and its SHA-256 fingerprint (hex). */
  text: string;
  textHash: string;
  /** The earlier passed text this one amends (a visible amendment), or null when it is the same text or the first. */
  amends: { text: string; textHash: string } | null;
  /** When the round closed, ms. */
  decidedAt: number;
}

/** A disclosure (公开) as published: when, and where people read it. */
export interface DisclosedStep {
  type: 'disclosed';
  /** The publication date, ms. */
  publishedAt: number;
  /** Where it is published (the notice's address, a photo of the board). */
  link: string;
}

/** One time a step was held: a step sent back is held again, so the path can hold an index twice. */
export interface StepRecord {
  index: number;
  openedAt: number;
  /** The topic put in the holding council's pool for its meeting, or null for a disclosure. */
  topicId: string | null;
  result: DecidedStep | DisclosedStep | null;
  recordedAt: number | null;
  next: StepNext | null;
}

/** What a matter is opened with (`matter.opened` carries it, with its first step's topic). */
export interface MatterOpening {
  /** The council it was created at (its host created it). */
  councilId: string;
  title: string;
  /** A matter the law reserves to the 村民会议 (村民委员会组织法 art. 24), or null. */
  category: ItemCategory | null;
  /** Who proposed it, as written (a body or a person: 村党支部, 张三 等五名村民). */
  proposedBy: string;
  description: string;
  /** `fourDeliberations` or `custom`. */
  preset: 'fourDeliberations' | 'custom';
  steps: ProcedureStep[];
}

export interface MatterState extends MatterOpening {
  matterId: string;
  /** Gap-free per matter. */
  seq: number;
  status: MatterStatus;
  /** Every step held, in order; the last is the one open while the matter is. */
  path: StepRecord[];
  createdAt: number;
}

/** The state before the first event. */
export function emptyMatter(matterId: string): MatterState {
  return {
    matterId,
    seq: 0,
    councilId: '',
    title: '',
    category: null,
    proposedBy: '',
    description: '',
    preset: 'custom',
    steps: [],
    status: 'open',
    path: [],
    createdAt: 0,
  };
}

/** Every event of a matter's stream. */
export type MatterEventBody =
  | ({
      type: 'matter.opened';
      matterId: string;
      /** The first step's topic in its council's pool. */
      topicId: string;
    } & MatterOpening)
  /** The open step's meeting decided: its outcome, and where the matter goes (with the next step's topic). */
  | { type: 'matter.decided'; index: number; result: DecidedStep; next: StepNext; topicId: string | null }
  /** The open disclosure step was published. */
  | { type: 'matter.disclosed'; index: number; result: DisclosedStep; next: StepNext };

export interface MatterEventMeta {
  seq: number;
  at: number;
  actor: string | null;
}
export type MatterEvent = MatterEventBody & MatterEventMeta;
