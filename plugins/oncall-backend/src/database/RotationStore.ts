import {
  Override,
  RotationResponse,
  RotationVersion,
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

/**
 * Where rotations, their versions and their overrides are kept; one knex implementation serves
 * SQLite and PostgreSQL.
 */
export interface RotationStore {
  createRotation(rotation: NewRotation): Promise<RotationResponse>;
  getRotation(id: string): Promise<RotationResponse | undefined>;
  /** The ids among `ids` that a stored rotation has. */
  storedRotationIds(ids: readonly string[]): Promise<Set<string>>;
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
  /** Deletes the rotation with everything kept for it: versions, overrides, notes, reminders. */
  deleteRotation(id: string): Promise<boolean>;

  /** Overrides (and imported entries) of a rotation that overlap `[from, to)`. */
  listOverrides(
    rotationId: string,
    from: Date,
    to: Date,
    source?: 'manual' | 'import',
  ): Promise<Override[]>;
  /**
   * Stores an override unless the rotation already has `maxOpen` (by default the plugin's
   * limit) of its source that have not ended at its creation time (InputError); the count and
   * the insert are one transaction.
   */
  createOverride(override: NewOverride, maxOpen?: number): Promise<Override>;
  /** An override made by a person (not an imported entry), if the rotation has it. */
  getOverride(
    rotationId: string,
    overrideId: string,
  ): Promise<Override | undefined>;
  /** Moves the end of an override made by a person to `end`, cutting it short. */
  endOverride(rotationId: string, overrideId: string, end: Date): Promise<void>;
  deleteOverride(rotationId: string, overrideId: string): Promise<boolean>;
}
