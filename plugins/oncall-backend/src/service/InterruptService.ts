import {
  CreateInterruptRequest,
  Interrupt,
  InterruptSource,
  InterruptEditsResponse,
  InterruptsResponse,
  oncallInterruptCreatePermission,
  UpdateInterruptRequest,
  whoCovers,
} from '@agile-ops/plugin-oncall-common';
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { InputError, NotFoundError } from '@backstage/errors';
import { Request } from 'express';
import { randomUUID } from 'node:crypto';
import { InterruptChanges, LedgerStore } from '../database/LedgerStore';
import { UserCredentials } from './access';
import { decodeCursor, encodeCursor } from './cursors';
import { optionalInstant } from './inputErrors';
import { toRotation } from './rotationInput';
import { lowerRef, parseRefField } from './TeamDirectory';
import { TeamServiceDeps } from './teamServiceDeps';

/** The catalog entities an interrupt names: its team, and its entity if it has one. */
const refsOf = (i: Pick<Interrupt, 'team' | 'entityRef'>) =>
  i.entityRef ? [i.team, i.entityRef] : [i.team];

const DEFAULT_PAGE = 50;

// Lengths, categories, effort, a title that is not all blanks and page sizes are the OpenAPI
// document's, checked by the router (and by the actions' zod schemas) before a request gets
// here; what is left is what the document cannot say: refs, existence, permission, time order.

/** The interrupt ledger: entries with the PoTW of the moment, paged lists, edits. */
export class InterruptService {
  constructor(private readonly options: TeamServiceDeps<LedgerStore>) {}

  private now() {
    return this.options.now?.() ?? new Date();
  }

  private author(credentials: UserCredentials) {
    return { by: credentials.principal.userEntityRef, at: this.now() };
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
      title: body.title.trim(),
      category: body.category,
      receivedAt,
      effortMinutes: body.effortMinutes,
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
        credentials,
        meta: {
          team,
          entityRef,
          category: entry.category,
          source: entry.source,
        },
      },
      async () => {
        await access.authorizeTeam(
          oncallInterruptCreatePermission,
          team,
          credentials,
        );
        await directory.getGroup(team);
        if (
          entityRef &&
          !(await directory.visibleRefs([entityRef], credentials)).size
        ) {
          throw new InputError(
            `entityRef: no entity ${entityRef} in the catalog`,
          );
        }
        return store.createInterrupt({
          ...entry,
          triagedBy: await this.potwAt(team, receivedAt),
        });
      },
    );
  }

  /**
   * A page of the ledger, newest first, holding only interrupts whose team and entity the
   * caller may read; a page may so hold fewer than `limit` entries while `nextCursor` goes on.
   */
  async list(
    query: {
      team?: string;
      entityRef?: string;
      from?: string;
      to?: string;
      open?: boolean;
      limit?: number;
      cursor?: string;
    },
    credentials: BackstageCredentials,
  ): Promise<InterruptsResponse> {
    const limit = query.limit ?? DEFAULT_PAGE;
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
    const visible = await this.options.directory.visibleRefs(
      page.flatMap(refsOf),
      credentials,
    );
    return {
      interrupts: page.filter(
        i =>
          visible.has(lowerRef(i.team)) &&
          (!i.entityRef || visible.has(lowerRef(i.entityRef))),
      ),
      ...(interrupts.length > limit && last
        ? { nextCursor: encodeCursor(last.receivedAt, last.id) }
        : {}),
    };
  }

  /** The interrupt, if it exists and the caller may read its team and entity. */
  private async existing(
    id: string,
    credentials: BackstageCredentials,
  ): Promise<Interrupt> {
    return this.readable<Interrupt>(
      id,
      await this.options.store.getInterrupt(id),
      credentials,
    );
  }

  private async readable<T extends Pick<Interrupt, 'team' | 'entityRef'>>(
    id: string,
    interrupt: T | undefined,
    credentials: BackstageCredentials,
  ): Promise<T> {
    const refs = interrupt ? refsOf(interrupt) : [];
    if (
      !interrupt ||
      (await this.options.directory.visibleRefs(refs, credentials)).size !==
        refs.length
    ) {
      throw new NotFoundError(`no interrupt ${id}`);
    }
    return interrupt;
  }

  /**
   * Who changed the interrupt, what and when, oldest first; also for a deleted interrupt,
   * whose team and entity are then read from its last state.
   */
  async edits(
    id: string,
    credentials: BackstageCredentials,
  ): Promise<InterruptEditsResponse> {
    const { store } = this.options;
    const edits = await store.listInterruptEdits(id);
    const deletion = edits.find(edit => edit.action === 'delete');
    const lastState = deletion && {
      team: String(deletion.changes.team?.from),
      entityRef: deletion.changes.entityRef?.from as string | undefined,
    };
    await this.readable(
      id,
      (await store.getInterrupt(id)) ?? lastState,
      credentials,
    );
    return { edits };
  }

  async update(
    id: string,
    body: UpdateInterruptRequest,
    credentials: UserCredentials,
    request?: Request,
  ): Promise<Interrupt> {
    const current = await this.existing(id, credentials);
    const changes: InterruptChanges = {};
    if (body.title !== undefined) changes.title = body.title.trim();
    if (body.category !== undefined) changes.category = body.category;
    if (body.effortMinutes !== undefined) {
      changes.effortMinutes = body.effortMinutes;
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
        credentials,
        meta: {
          interruptId: id,
          team: current.team,
          fields: Object.keys(changes),
        },
      },
      async () => {
        await access.authorizeTeam(
          oncallInterruptCreatePermission,
          current.team,
          credentials,
        );
        return store.updateInterrupt(id, changes, this.author(credentials));
      },
    );
  }

  async remove(
    id: string,
    credentials: UserCredentials,
    request?: Request,
  ): Promise<void> {
    const current = await this.existing(id, credentials);
    const { store, access } = this.options;
    await access.audited(
      {
        eventId: 'interrupt-delete',
        request,
        credentials,
        meta: { interruptId: id, team: current.team },
      },
      async () => {
        await access.authorizeTeam(
          oncallInterruptCreatePermission,
          current.team,
          credentials,
        );
        await store.deleteInterrupt(id, this.author(credentials));
      },
    );
  }
}
