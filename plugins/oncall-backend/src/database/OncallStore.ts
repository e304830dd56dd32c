import {
  HandoffNote,
  Interrupt,
  InterruptCategory,
  InterruptEdit,
  InterruptSource,
  Override,
  RotationResponse,
  RotationVersion,
  TeamCapacity,
} from '@agile-ops/plugin-oncall-common';

/** A rotation to store with its first version, or an imported schedule with its entries. */
export type NewRotation = {
  id: string;
  owner: string;
  name: string;
  createdBy: string;
  createdAt: Date;
} & (
  | { source: 'rules'; version: RotationVersion }
  | {
      source: 'ical';
      role: string;
      timezone: string;
      imported: { from: string; to: string };
      entries: Override[];
    }
);

/** An override or imported entry to store; `source` tells the two apart. */
export type NewOverride = Override & { source: 'manual' | 'import' };

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

/** Where the on-call plugin keeps its state; one knex implementation serves SQLite and PostgreSQL. */
export interface OncallStore {
  createRotation(rotation: NewRotation): Promise<RotationResponse>;
  getRotation(id: string): Promise<RotationResponse | undefined>;
  listRotations(owner: string): Promise<RotationResponse[]>;
  /** Every rotation, imported schedules included; for the hand-off reminder task. */
  listAllRotations(): Promise<RotationResponse[]>;
  /** Adds a version; throws ConflictError when one already starts at that instant. */
  addVersion(
    rotationId: string,
    version: RotationVersion,
    createdBy: string,
    createdAt: Date,
  ): Promise<RotationResponse>;
  deleteRotation(id: string): Promise<boolean>;

  /** Overrides (and imported entries) of a rotation that overlap `[from, to)`. */
  listOverrides(
    rotationId: string,
    from: Date,
    to: Date,
    source?: 'manual' | 'import',
  ): Promise<Override[]>;
  createOverride(override: NewOverride): Promise<Override>;
  /** An override made by a person (not an imported entry), if the rotation has it. */
  getOverride(
    rotationId: string,
    overrideId: string,
  ): Promise<Override | undefined>;
  /** Moves the end of an override made by a person to `end`, cutting it short. */
  endOverride(rotationId: string, overrideId: string, end: Date): Promise<void>;
  deleteOverride(rotationId: string, overrideId: string): Promise<boolean>;

  listHandoffNotes(
    rotationId: string,
    from: Date,
    to: Date,
  ): Promise<HandoffNote[]>;
  createHandoffNote(note: HandoffNote): Promise<HandoffNote>;

  createInterrupt(interrupt: NewInterrupt): Promise<Interrupt>;
  getInterrupt(id: string): Promise<Interrupt | undefined>;
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

  /** Records that a reminder went out; false when some replica already sent it. */
  claimReminder(
    rotationId: string,
    handoffAt: Date,
    recipient: string,
    sentAt: Date,
  ): Promise<boolean>;
  /** Forgets a claimed reminder whose sending failed, so the next run tries again. */
  releaseReminder(
    rotationId: string,
    handoffAt: Date,
    recipient: string,
  ): Promise<void>;
}
