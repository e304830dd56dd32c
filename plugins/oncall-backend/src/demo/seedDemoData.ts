import {
  CreateRotationRequest,
  INTERRUPT_CATEGORIES,
  InterruptCategory,
  validateRotationVersion,
} from '@agile-ops/plugin-oncall-common';
import { LoggerService } from '@backstage/backend-plugin-api';
import { Knex } from 'knex';
import { readFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { parse } from 'yaml';
import { OncallStores } from '../database/openStores';
import { InterruptService } from '../service/InterruptService';

const SEEDED_KEY = 'demo-data-loaded';
const DAY = 86_400_000;

/** The file format of demo data: rotations with their first rules, interrupts relative to now. */
interface DemoFile {
  rotations?: Array<CreateRotationRequest & { id: string }>;
  interrupts?: Array<{
    team: string;
    entityRef?: string;
    title: string;
    category: InterruptCategory;
    /** Received this many days (fractions allowed) before the portal started. */
    daysAgo: number;
    effortMinutes?: number;
    /** Resolved this many days after it was received. */
    resolvedAfterDays?: number;
  }>;
}

/**
 * Loads demo rotations and interrupts once, on the first start of an empty database, so a
 * fresh portal shows people on duty; deleting them later does not bring them back.
 */
export async function seedDemoData(options: {
  file: string;
  db: Knex;
  stores: Pick<OncallStores, 'rotations' | 'ledger'>;
  interrupts: InterruptService;
  logger: LoggerService;
  now?: Date;
}): Promise<{ rotations: number; interrupts: number } | undefined> {
  const { db, stores, logger } = options;
  const seeded = await db('oncall_meta').where({ key: SEEDED_KEY }).first();
  const existing = await db('oncall_rotations').count({ n: '*' }).first();
  if (seeded || Number(existing?.n ?? 0) > 0) return undefined;

  const demo: DemoFile = parse(await readFile(options.file, 'utf8')) ?? {};
  const now = options.now ?? new Date();
  const createdBy = 'user:default/agile-ops-demo';

  // Everything is checked before anything is written: the store methods do not share a
  // transaction, and a half-loaded file would keep the next start from loading it again.
  const rotations = (demo.rotations ?? []).map((rotation, index) => {
    const at = `rotations[${index}]`;
    for (const field of ['id', 'owner', 'name'] as const) {
      if (typeof rotation?.[field] !== 'string' || !rotation[field].trim()) {
        throw new Error(`${at}.${field} must be a non-empty string`);
      }
    }
    const version = {
      effectiveFrom: '2026-01-01T00:00:00.000Z',
      ...rotation.version,
    };
    validateRotationVersion(version, `${at}.version`);
    return { ...rotation, version };
  });
  const ids = new Set<string>();
  for (const [index, rotation] of rotations.entries()) {
    if (ids.has(rotation.id)) {
      throw new Error(`rotations[${index}].id "${rotation.id}" is used twice`);
    }
    ids.add(rotation.id);
  }
  const entries = (demo.interrupts ?? []).map((entry, index) => {
    const at = `interrupts[${index}]`;
    for (const field of ['team', 'title'] as const) {
      if (typeof entry?.[field] !== 'string' || !entry[field].trim()) {
        throw new Error(`${at}.${field} must be a non-empty string`);
      }
    }
    if (!INTERRUPT_CATEGORIES.includes(entry.category)) {
      throw new Error(`${at}.category "${entry.category}" is unknown`);
    }
    const nonNegative = (value: unknown) =>
      typeof value === 'number' && Number.isFinite(value) && value >= 0;
    if (!nonNegative(entry.daysAgo)) {
      throw new Error(`${at}.daysAgo must be a number of days, at least 0`);
    }
    if (
      entry.resolvedAfterDays !== undefined &&
      !nonNegative(entry.resolvedAfterDays)
    ) {
      throw new Error(
        `${at}.resolvedAfterDays must be a number of days, at least 0`,
      );
    }
    if (
      entry.effortMinutes !== undefined &&
      !(
        nonNegative(entry.effortMinutes) &&
        Number.isInteger(entry.effortMinutes)
      )
    ) {
      throw new Error(`${at}.effortMinutes must be a whole number, at least 0`);
    }
    return entry;
  });

  for (const rotation of rotations) {
    await stores.rotations.createRotation({
      id: rotation.id,
      owner: rotation.owner,
      name: rotation.name,
      source: 'rules',
      version: rotation.version,
      createdBy,
      createdAt: now,
    });
  }
  for (const entry of entries) {
    const receivedAt = new Date(now.getTime() - entry.daysAgo * DAY);
    await stores.ledger.createInterrupt({
      id: randomUUID(),
      team: entry.team,
      entityRef: entry.entityRef,
      title: entry.title,
      category: entry.category,
      receivedAt,
      triagedBy: await options.interrupts.potwAt(entry.team, receivedAt),
      effortMinutes: entry.effortMinutes,
      resolvedAt:
        entry.resolvedAfterDays === undefined
          ? undefined
          : new Date(receivedAt.getTime() + entry.resolvedAfterDays * DAY),
      source: 'import',
      createdBy,
      createdAt: now,
    });
  }
  await db('oncall_meta').insert({ key: SEEDED_KEY, value: now.toISOString() });
  const counts = { rotations: rotations.length, interrupts: entries.length };
  logger.info(
    `loaded demo on-call data from ${options.file}: ${counts.rotations} rotations, ${counts.interrupts} interrupts`,
  );
  return counts;
}
