import {
  CreateHandoffNoteRequest,
  HandoffNote,
  HandoffWithNotes,
  nextHandoff,
  oncallHandoffNoteCreatePermission,
} from '@agile-ops/plugin-oncall-common';
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { Request } from 'express';
import { randomUUID } from 'node:crypto';
import { HandoffNoteStore } from '../database/HandoffNoteStore';
import { UserCredentials } from './access';
import { handoffsInWindow } from './handoffs';
import { instantField } from './inputErrors';
import { toRotation } from './rotationInput';
import { TeamServiceDeps } from './teamServiceDeps';

// Far enough to find the next hand-off of any rotation with a shift of up to a year.
const LOOK_AHEAD = 366 * 86_400_000;

/** The hand-offs of rotations and the notes people leave for whoever takes over. */
export class HandoffNoteService {
  constructor(
    private readonly options: Omit<
      TeamServiceDeps<HandoffNoteStore>,
      'directory'
    >,
  ) {}

  private now() {
    return this.options.now?.() ?? new Date();
  }

  /** Hand-offs of the window with the notes left for them; see `RotationService.get`. */
  async handoffs(
    rotationId: string,
    from: Date,
    to: Date,
    credentials?: BackstageCredentials,
  ): Promise<HandoffWithNotes[]> {
    const { rotations, store } = this.options;
    const rotation = await rotations.get(rotationId, credentials);
    const overrides = await rotations.overridesAround(rotationId, from, to);
    const notes = await store.list(rotationId, from, to);
    return handoffsInWindow(toRotation(rotation), overrides, from, to).map(
      handoff => ({
        ...handoff,
        notes: notes.filter(note => note.at === handoff.at),
      }),
    );
  }

  /** Leaves a note for the hand-off at `at`, or for the rotation's next one. */
  async createNote(
    rotationId: string,
    body: CreateHandoffNoteRequest,
    credentials: UserCredentials,
    request?: Request,
  ): Promise<HandoffNote> {
    const { rotations, store, access } = this.options;
    const rotation = await rotations.get(rotationId, credentials);
    // The document refuses a text of blanks only; the note keeps no surrounding ones.
    const text = body.text.trim();
    const now = this.now();
    let at = body.at ? instantField(body.at, 'at').toISOString() : undefined;
    if (!at) {
      const overrides = await rotations.overridesAround(
        rotationId,
        now,
        new Date(now.getTime() + LOOK_AHEAD),
      );
      const next = nextHandoff(toRotation(rotation), overrides, now);
      if (!next) {
        throw new InputError(
          'at is required: the rotation has no next hand-off',
        );
      }
      at = next.at;
    }
    const note: HandoffNote = {
      id: randomUUID(),
      rotationId,
      at,
      text,
      author: credentials.principal.userEntityRef,
      createdAt: now.toISOString(),
    };
    return access.audited(
      {
        eventId: 'handoff-note-create',
        request,
        credentials,
        meta: { rotationId, at },
      },
      async () => {
        await access.authorizeTeam(
          oncallHandoffNoteCreatePermission,
          rotation.owner,
          credentials,
        );
        return store.create(note);
      },
    );
  }
}
