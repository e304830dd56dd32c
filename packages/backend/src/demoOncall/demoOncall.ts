import {
  ImportedInterrupt,
  ImportedRotation,
  OncallImportRequest,
} from '@agile-ops/plugin-oncall-common';
import { createHash } from 'node:crypto';
import { parse } from 'yaml';

/** Who made the demo's rotations and interrupts: a name, not a person of the catalog. */
export const DEMO_CREATOR = 'user:default/agile-ops-demo';

const DAY = 86_400_000;

/** A demo interrupt as `examples/oncall/demo.yaml` writes it: placed relative to now. */
export type DemoInterrupt = Omit<
  ImportedInterrupt,
  'id' | 'receivedAt' | 'resolvedAt' | 'createdBy'
> & {
  /** Received this many days (fractions allowed) before the import. */
  daysAgo: number;
  /** Resolved this many days after it was received. */
  resolvedAfterDays?: number;
};

/** The demo file: rotations with their first rules, interrupts relative to now. */
export type DemoOncall = {
  rotations: Array<Omit<ImportedRotation, 'createdBy'>>;
  interrupts: DemoInterrupt[];
};

/** Reads the demo file; throws naming the field when its lists or day counts are off. */
export function parseDemoOncall(text: string): DemoOncall {
  const file = parse(text) ?? {};
  const list = (key: string) => {
    const value = file[key] ?? [];
    if (!Array.isArray(value)) throw new Error(`${key} must be a list`);
    return value;
  };
  const demo: DemoOncall = {
    rotations: list('rotations'),
    interrupts: list('interrupts'),
  };
  // Everything else the import route checks, naming the field the same way.
  demo.interrupts.forEach((entry, i) => {
    for (const key of ['daysAgo', 'resolvedAfterDays'] as const) {
      const days = entry?.[key];
      if (key === 'resolvedAfterDays' && days === undefined) continue;
      if (typeof days !== 'number' || !Number.isFinite(days) || days < 0) {
        throw new Error(
          `interrupts[${i}].${key} must be a number of days, at least 0`,
        );
      }
    }
  });
  return demo;
}

// Any fixed UUID: the demo's ids are derived from it, so changing it would import the demo's
// interrupts a second time into databases that have them.
const DEMO_NAMESPACE = '5d1e0c2a-8f3b-4e6d-9a7c-1b2e3f4a5b6c';

/**
 * The RFC 4122 version 5 UUID of `name` in `namespace`: the same on every machine and start,
 * so a restart's import skips the demo interrupts stored before instead of adding them again.
 */
export function nameUuid(name: string, namespace = DEMO_NAMESPACE): string {
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name)
    .digest();
  hash[6] = (hash[6] & 0x0f) | 0x50; // version 5
  hash[8] = (hash[8] & 0x3f) | 0x80; // the RFC 4122 variant
  const hex = hash.subarray(0, 16).toString('hex');
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    hex.slice(12, 16),
    hex.slice(16, 20),
    hex.slice(20),
  ].join('-');
}

/**
 * The on-call import request of the demo at `now`: the rotations as written, each interrupt
 * with its days turned into instants before `now` and an id from its team and title (what
 * tells demo interrupts apart; moving one in time keeps it the same interrupt).
 */
export function demoOncallImport(
  demo: DemoOncall,
  now: Date,
): OncallImportRequest {
  const before = (days: number) => new Date(now.getTime() - days * DAY);
  return {
    rotations: demo.rotations.map(rotation => ({
      ...rotation,
      createdBy: DEMO_CREATOR,
    })),
    interrupts: demo.interrupts.map(
      ({ daysAgo, resolvedAfterDays, ...entry }) => ({
        ...entry,
        id: nameUuid(`${entry.team}\n${entry.title}`),
        receivedAt: before(daysAgo).toISOString(),
        ...(resolvedAfterDays === undefined
          ? {}
          : { resolvedAt: before(daysAgo - resolvedAfterDays).toISOString() }),
        createdBy: DEMO_CREATOR,
      }),
    ),
  };
}

/** Every catalog entity the demo names: owners, teams, people on duty and entities. */
export function demoOncallRefs(demo: DemoOncall): string[] {
  return [
    ...new Set([
      ...demo.rotations.flatMap(r => [r.owner, ...r.version.participants]),
      ...demo.interrupts.flatMap(i =>
        i.entityRef ? [i.team, i.entityRef] : [i.team],
      ),
    ]),
  ];
}
