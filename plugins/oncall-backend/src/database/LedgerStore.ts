import {
  Interrupt,
  InterruptCategory,
  InterruptEdit,
  InterruptSource,
  TeamCapacity,
} from '@agile-ops/plugin-oncall-common';

/** Filters for a page of the interrupt ledger, newest first. */
export interface InterruptQuery {
  team?: string;
  entityRef?: string;
  from?: Date;
  to?: Date;
  open?: boolean;
  limit: number;
  /** Continue after this (receivedAt, id), exclusive. */
  after?: { receivedAt: Date; id: string };
}

/** Changes to an interrupt; `null` clears an optional field. */
export interface InterruptChanges {
  title?: string;
  category?: InterruptCategory;
  effortMinutes?: number | null;
  resolvedAt?: Date | null;
}

/** A new entry of the interrupt ledger. */
export interface NewInterrupt {
  id: string;
  team: string;
  entityRef?: string;
  title: string;
  category: InterruptCategory;
  receivedAt: Date;
  triagedBy?: string;
  effortMinutes?: number;
  resolvedAt?: Date;
  source: InterruptSource;
  createdBy: string;
  createdAt: Date;
}

/** Who makes an edit of the ledger, and when. */
export interface EditAuthor {
  by: string;
  at: Date;
}

/** Capacity a team set in the portal. */
export type StoredCapacity = Required<
  Pick<TeamCapacity, 'people' | 'hoursPerPerson'>
>;

/**
 * Where the interrupt ledger, the record of its edits and the capacity teams set are kept;
 * one knex implementation serves SQLite and PostgreSQL.
 */
export interface LedgerStore {
  createInterrupt(interrupt: NewInterrupt): Promise<Interrupt>;
  getInterrupt(id: string): Promise<Interrupt | undefined>;
  /** The ids among `ids` that the ledger has, or had and deleted (its edits keep them). */
  knownInterruptIds(ids: readonly string[]): Promise<Set<string>>;
  /** Applies the changes and records them in the interrupt's edits, in one transaction. */
  updateInterrupt(
    id: string,
    changes: InterruptChanges,
    edit: EditAuthor,
  ): Promise<Interrupt>;
  /** Deletes the interrupt, keeping its last state in its edits. */
  deleteInterrupt(id: string, edit: EditAuthor): Promise<boolean>;
  /** The recorded edits of an interrupt, oldest first. */
  listInterruptEdits(id: string): Promise<InterruptEdit[]>;
  listInterrupts(query: InterruptQuery): Promise<Interrupt[]>;

  getCapacity(team: string): Promise<StoredCapacity | undefined>;
  setCapacity(
    team: string,
    capacity: StoredCapacity,
    updatedBy: string,
    updatedAt: Date,
  ): Promise<void>;
}
