import {
  AddRotationVersionRequest,
  CreateHandoffNoteRequest,
  CreateInterruptRequest,
  CreateOverrideRequest,
  CreateRotationRequest,
  FeedTokenResponse,
  HandoffNote,
  HandoffWithNotes,
  ImportRotationRequest,
  Interrupt,
  InterruptsResponse,
  InterruptStatsResponse,
  NowResponse,
  operations,
  Override,
  RotationResponse,
  SetCapacityRequest,
  ShiftsResponse,
  TeamCapacity,
  UpdateInterruptRequest,
} from '@agile-ops/plugin-oncall-common';
import { createApiRef } from '@backstage/core-plugin-api';

/**
 * A time window `[from, to)` as ISO 8601 instants.
 *
 * @public
 */
export interface TimeWindow {
  from: string;
  to: string;
}

/**
 * Filters for listing interrupts; all optional.
 *
 * @public
 */
export type ListInterruptsOptions = NonNullable<
  operations['ListInterrupts']['parameters']['query']
>;

/**
 * What the on-call frontend needs from the on-call backend (`/api/oncall`).
 *
 * @public
 */
export interface OncallApi {
  /** Who covers a catalog entity (a component, a group, ...) now and next. */
  getEntityNow(entityRef: string): Promise<NowResponse>;
  /** The rotations of a group. */
  listTeamRotations(groupRef: string): Promise<RotationResponse[]>;
  getRotation(rotationId: string): Promise<RotationResponse>;
  createRotation(request: CreateRotationRequest): Promise<RotationResponse>;
  importRotation(request: ImportRotationRequest): Promise<RotationResponse>;
  addRotationVersion(
    rotationId: string,
    request: AddRotationVersionRequest,
  ): Promise<RotationResponse>;
  deleteRotation(rotationId: string): Promise<void>;
  getShifts(rotationId: string, window: TimeWindow): Promise<ShiftsResponse>;
  /**
   * A new secret feed URL of the rotation's calendar for calendar apps, revoking the previous
   * one; the answer is the only place the URL is ever shown.
   */
  createFeedToken(rotationId: string): Promise<FeedTokenResponse>;
  /** Revokes the rotation's feed URL, so calendars subscribed to it stop updating. */
  revokeFeedToken(rotationId: string): Promise<void>;
  listOverrides(rotationId: string, window: TimeWindow): Promise<Override[]>;
  createOverride(
    rotationId: string,
    request: CreateOverrideRequest,
  ): Promise<Override>;
  deleteOverride(rotationId: string, overrideId: string): Promise<void>;
  listHandoffs(
    rotationId: string,
    window: TimeWindow,
  ): Promise<HandoffWithNotes[]>;
  createHandoffNote(
    rotationId: string,
    request: CreateHandoffNoteRequest,
  ): Promise<HandoffNote>;
  listInterrupts(options: ListInterruptsOptions): Promise<InterruptsResponse>;
  createInterrupt(request: CreateInterruptRequest): Promise<Interrupt>;
  updateInterrupt(
    interruptId: string,
    request: UpdateInterruptRequest,
  ): Promise<Interrupt>;
  deleteInterrupt(interruptId: string): Promise<void>;
  getInterruptStats(
    groupRef: string,
    window: TimeWindow,
  ): Promise<InterruptStatsResponse>;
  getCapacity(groupRef: string): Promise<TeamCapacity>;
  setCapacity(
    groupRef: string,
    request: SetCapacityRequest,
  ): Promise<TeamCapacity>;
}

/**
 * Reference to the {@link OncallApi} implementation of the app.
 *
 * @public
 */
export const oncallApiRef = createApiRef<OncallApi>({ id: 'plugin.oncall' });
