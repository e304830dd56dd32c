import {
  CreateInterruptRequest,
  Interrupt,
  InterruptSource,
  InterruptsResponse,
  isInterruptCategory,
  INTERRUPT_CATEGORIES,
  oncallInterruptCreatePermission,
  UpdateInterruptRequest,
  whoCovers,
} from '@agile-ops/plugin-oncall-common';
import { InputError, NotFoundError } from '@backstage/errors';
import { Request } from 'express';
import { randomUUID } from 'node:crypto';
import { InterruptChanges, OncallStore } from '../database/OncallStore';
import { Access, UserCredentials } from './access';
import { decodeCursor, encodeCursor } from './cursors';
import { optionalInstant } from './inputErrors';
import { MAX_INTERRUPT_PAGE } from './limits';
import { toRotation } from './rotationInput';
import { RotationService } from './RotationService';
import { parseRefField, TeamDirectory } from './TeamDirectory';

/** Longest title kept; the ledger is a list, details belong in the linked ticket. */
export const MAX_TITLE = 300;
/** A week of minutes: more effort than that on one interrupt is almost surely a typo. */
export const MAX_EFFORT_MINUTES = 7 * 24 * 60;
const DEFAULT_PAGE = 50;

function title(value: string): string {
  const trimmed = value.trim();
  if (!trimmed) throw new InputError('title must not be empty');
  if (trimmed.length > MAX_TITLE) {
    throw new InputError(`title must be at most ${MAX_TITLE} characters`);
  }
  return trimmed;
}

function category(value: string) {
  if (!isInterruptCategory(value)) {
    throw new InputError(
      `category must be one of ${INTERRUPT_CATEGORIES.join(
        ', ',
      )}, got "${value}"`,
    );
  }
  return value;
}

function effort(value: number): number {
  if (!Number.isInteger(value) || value < 0 || value > MAX_EFFORT_MINUTES) {
    throw new InputError(
      `effortMinutes must be a whole number of minutes from 0 to ${MAX_EFFORT_MINUTES}, got ${value}`,
    );
  }
  return value;
}

/** The interrupt ledger: entries with the PoTW of the moment, paged lists, edits. */
export class InterruptService {
  constructor(
    private readonly options: {
      store: OncallStore;
      rotations: RotationService;
      directory: TeamDirectory;
      access: Access;
      now?: () => Date;
    },
  ) {}

  private now() {
    return this.options.now?.() ?? new Date();
  }

  /** The team's PoTW at an instant: whoever the first PoTW rotation names then. */
  async potwAt(team: string, at: Date): Promise<string | undefined> {
    const rotations = (await this.options.rotations.listForTeam(team)).filter(
      r => r.role === 'potw',
    );
    for (const rotation of rotations) {
      const overrides = await this.options.rotations.overridesAround(
        rotation.id,
        at,
        at,
      );
      const coverage = whoCovers(toRotation(rotation), overrides, at);
      if (coverage) return coverage.user;
    }
    return undefined;
  }

  async create(
    body: CreateInterruptRequest,
    credentials: UserCredentials,
    options: { request?: Request; source?: InterruptSource } = {},
  ): Promise<Interrupt> {
    const team = parseRefField(body.team, 'team', 'group');
    const entityRef = body.entityRef
      ? parseRefField(body.entityRef, 'entityRef')
      : undefined;
    const receivedAt =
      optionalInstant(body.receivedAt, 'receivedAt') ?? this.now();
    const resolvedAt = optionalInstant(body.resolvedAt, 'resolvedAt');
    if (resolvedAt && resolvedAt < receivedAt) {
      throw new InputError('resolvedAt must not be before receivedAt');
    }
    const entry = {
      id: randomUUID(),
      team,
      entityRef,
      title: title(body.title),
      category: category(body.category),
      receivedAt,
      effortMinutes:
        body.effortMinutes === undefined
          ? undefined
          : effort(body.effortMinutes),
      resolvedAt,
      source: options.source ?? 'manual',
      createdBy: credentials.principal.userEntityRef,
      createdAt: this.now(),
    };
    const { store, access, directory } = this.options;
    return access.audited(
      {
        eventId: 'interrupt-create',
        request: options.request,
        meta: {
          team,
          entityRef,
          category: entry.category,
          source: entry.source,
        },
      },
      async () => {
        await access.authorize(
          oncallInterruptCreatePermission,
          team,
          credentials,
        );
        await directory.getGroup(team);
        return store.createInterrupt({
          ...entry,
          triagedBy: await this.potwAt(team, receivedAt),
        });
      },
    );
  }

  async list(query: {
    team?: string;
    entityRef?: string;
    from?: string;
    to?: string;
    open?: boolean;
    limit?: number;
    cursor?: string;
  }): Promise<InterruptsResponse> {
    const limit = query.limit ?? DEFAULT_PAGE;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_INTERRUPT_PAGE) {
      throw new InputError(`limit must be from 1 to ${MAX_INTERRUPT_PAGE}`);
    }
    const after = query.cursor ? decodeCursor(query.cursor) : undefined;
    const interrupts = await this.options.store.listInterrupts({
      team: query.team ? parseRefField(query.team, 'team', 'group') : undefined,
      entityRef: query.entityRef
        ? parseRefField(query.entityRef, 'entityRef')
        : undefined,
      from: optionalInstant(query.from, 'from'),
      to: optionalInstant(query.to, 'to'),
      open: query.open,
      limit: limit + 1,
      after,
    });
    const page = interrupts.slice(0, limit);
    const last = page[page.length - 1];
    return {
      interrupts: page,
      ...(interrupts.length > limit && last
        ? { nextCursor: encodeCursor(last.receivedAt, last.id) }
        : {}),
    };
  }

  private async existing(id: string): Promise<Interrupt> {
    const interrupt = await this.options.store.getInterrupt(id);
    if (!interrupt) throw new NotFoundError(`no interrupt ${id}`);
    return interrupt;
  }

  async update(
    id: string,
    body: UpdateInterruptRequest,
    credentials: UserCredentials,
    request?: Request,
  ): Promise<Interrupt> {
    const current = await this.existing(id);
    const changes: InterruptChanges = {};
    if (body.title !== undefined) changes.title = title(body.title);
    if (body.category !== undefined) changes.category = category(body.category);
    if (body.effortMinutes !== undefined) {
      changes.effortMinutes =
        body.effortMinutes === null ? null : effort(body.effortMinutes);
    }
    if (body.resolvedAt !== undefined) {
      changes.resolvedAt =
        body.resolvedAt === null
          ? null
          : optionalInstant(body.resolvedAt, 'resolvedAt')!;
      if (
        changes.resolvedAt &&
        changes.resolvedAt < new Date(current.receivedAt)
      ) {
        throw new InputError('resolvedAt must not be before receivedAt');
      }
    }
    const { store, access } = this.options;
    return access.audited(
      {
        eventId: 'interrupt-update',
        request,
        meta: {
          interruptId: id,
          team: current.team,
          fields: Object.keys(changes),
        },
      },
      async () => {
        await access.authorize(
          oncallInterruptCreatePermission,
          current.team,
          credentials,
        );
        return store.updateInterrupt(id, changes);
      },
    );
  }

  async remove(
    id: string,
    credentials: UserCredentials,
    request?: Request,
  ): Promise<void> {
    const current = await this.existing(id);
    const { store, access } = this.options;
    await access.audited(
      {
        eventId: 'interrupt-delete',
        request,
        meta: { interruptId: id, team: current.team },
      },
      async () => {
        await access.authorize(
          oncallInterruptCreatePermission,
          current.team,
          credentials,
        );
        await store.deleteInterrupt(id);
      },
    );
  }
}
