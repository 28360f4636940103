/** The state of the agenda: items with their facts, declared interests and saved draft versions. */
import type { ItemCategory, ItemStep } from '../core/vocabulary.js';

/** proposed → scheduled onto the agenda, or rejected with a reason. */
export type AgendaStatus = 'proposed' | 'scheduled' | 'rejected';

/** A fact established for an item (明事), with its source, who recorded it (a member id) and when. */
export interface Fact {
  id: string;
  text: string;
  source: string;
  addedBy: string | null;
  at: number;
  /** Set when the host withdrew it as wrong (`agenda.retractFact`); the record keeps the fact. */
  retracted: FactRetraction | null;
}

export interface FactRetraction {
  reason: string;
  /** The member id of the host who retracted it, or null for a host console without membership. */
  by: string | null;
  at: number;
}

export interface AgendaItem {
  id: string;
  title: string;
  description: string;
  proposedBy: string | null;
  proposedAt: number;
  status: AgendaStatus;
  step: ItemStep;
  supporters: string[];
  facts: Fact[];
  timeboxSec: number | null;
  rejectReason: string | null;
  /** When it last became the active item, for its timebox. */
  activatedAt: number | null;
  /** A locked draft is read-only for everyone (the host locks it, a consensus round too). */
  draftLocked: boolean;
  /** Named versions of the draft the host saved, oldest first. */
  versions: DraftVersion[];
  /** Consensus rounds and recorded decisions on this item, oldest first. */
  roundIds: string[];
  decisionIds: string[];
  /** Members who declared an interest in this item (利益回避), in the order they declared. */
  interests: Interest[];
  /** A matter the law reserves to the 村民会议 (村民委员会组织法 art. 24), or null for an ordinary one. */
  category: ItemCategory | null;
}

/** A declared interest of a member in an agenda item (利益回避): shown to all, and it may bar their vote. */
export interface Interest {
  memberId: string;
  note: string;
  declaredAt: number;
  /** Who declared it: the member, or the host on their behalf (null for a host console without a membership). */
  declaredBy: string | null;
}

/** A named copy of a draft's text, kept beside the live document. */
export interface DraftVersion {
  id: string;
  name: string;
  text: string;
  savedAt: number;
  savedBy: string | null;
}
