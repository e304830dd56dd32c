import {
  Interrupt,
  InterruptCategory,
  Override,
  shiftsInWindow,
} from '@agile-ops/plugin-oncall-common';
import { createTestDatabases, rowCount } from '@agile-ops/test-utils';
import {
  ALICE,
  at,
  BASE,
  BOB,
  DAN,
  HOUR,
  openTestStores,
  rules,
  TEAM,
} from '../__testUtils__/storeFixtures';
import { toRotation } from '../service/rotationInput';
import { NewInterrupt } from './LedgerStore';

jest.setTimeout(120_000);

// Many writes for one team or one rotation at the same time, as a busy team's portal sends
// them: every write must land once, whole, and the readers must see all of them afterwards.

/** How many writes each test sends at once. */
const PARALLEL = 200;
/** A page size that does not divide PARALLEL, so the last page is a short one. */
const PAGE = 17;
const CATEGORIES: InterruptCategory[] = ['incident', 'question', 'alert'];
const PEOPLE = [ALICE, BOB, DAN];

/** Interrupt `i` of the burst; four share each instant, so the id breaks the ties. */
function burstInterrupt(i: number): NewInterrupt {
  return {
    id: `int-${String(i).padStart(3, '0')}`,
    team: TEAM,
    title: `Interrupt number ${i}`,
    category: CATEGORIES[i % CATEGORIES.length],
    receivedAt: at(i % 50),
    ...(i % 2 === 0 ? { entityRef: `component:default/svc-${i}` } : {}),
    ...(i % 3 === 0 ? { triagedBy: BOB } : {}),
    ...(i % 4 === 0 ? { effortMinutes: i } : {}),
    ...(i % 5 === 0 ? { resolvedAt: at(3600 + i) } : {}),
    source: 'manual',
    createdBy: ALICE,
    createdAt: at(7200 + i),
  };
}

/** What reading interrupt `i` back must give: its fields, instants as UTC strings. */
function storedInterrupt(i: number): Interrupt {
  const {
    createdAt: _notRead,
    receivedAt,
    resolvedAt,
    ...fields
  } = burstInterrupt(i);
  return {
    ...fields,
    receivedAt: receivedAt.toISOString(),
    ...(resolvedAt ? { resolvedAt: resolvedAt.toISOString() } : {}),
  };
}

/** Override `i` of the burst: hour `i` after the base, back to back with its neighbours. */
function burstOverride(i: number): Override {
  return {
    id: `ovr-${String(i).padStart(3, '0')}`,
    rotationId: 'rot-1',
    user: PEOPLE[i % PEOPLE.length],
    start: new Date(BASE + i * HOUR).toISOString(),
    end: new Date(BASE + (i + 1) * HOUR).toISOString(),
    ...(i % 2 === 0 ? { replaces: ALICE } : {}),
    reason: `Cover number ${i}`,
    createdBy: BOB,
    createdAt: at(i).toISOString(),
  };
}

/** 0, 1, …, n - 1. */
function indices(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

describe('parallel writes', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %s', databaseId => {
    it('stores 200 interrupts of one team sent at once, and pages through them in order', async () => {
      const { knex, stores } = await openTestStores(databases, databaseId);
      const ledger = stores.ledger;

      const created = await Promise.all(
        indices(PARALLEL).map(i => ledger.createInterrupt(burstInterrupt(i))),
      );

      expect(created).toEqual(indices(PARALLEL).map(storedInterrupt));
      expect(await rowCount(knex, 'oncall_interrupts')).toBe(PARALLEL);
      const read = await Promise.all(
        indices(PARALLEL).map(i => ledger.getInterrupt(burstInterrupt(i).id)),
      );
      expect(read).toEqual(indices(PARALLEL).map(storedInterrupt));

      // The ledger's order: newest received first, then the greater id first.
      const expected = indices(PARALLEL)
        .map(storedInterrupt)
        .sort(
          (a, b) =>
            b.receivedAt.localeCompare(a.receivedAt) ||
            b.id.localeCompare(a.id),
        );
      const paged: Interrupt[] = [];
      let pages = 0;
      for (;;) {
        const last = paged[paged.length - 1];
        const page = await ledger.listInterrupts({
          team: TEAM,
          limit: PAGE,
          ...(last
            ? { after: { receivedAt: new Date(last.receivedAt), id: last.id } }
            : {}),
        });
        pages += 1;
        paged.push(...page);
        // A cursor that stops moving would page for ever; the page count below then fails.
        if (page.length < PAGE || pages > PARALLEL) break;
      }
      expect(pages).toBe(Math.ceil(PARALLEL / PAGE));
      const ids = paged.map(i => i.id);
      expect(ids).toHaveLength(PARALLEL);
      expect(new Set(ids).size).toBe(PARALLEL);
      expect(paged).toEqual(expected);
    });

    it('stores 200 overrides of one rotation sent at once, and its shifts show every one', async () => {
      const { knex, stores } = await openTestStores(databases, databaseId);
      const rotations = stores.rotations;
      const rotation = await rotations.createRotation(rules());

      const created = await Promise.all(
        indices(PARALLEL).map(i =>
          rotations.createOverride({ ...burstOverride(i), source: 'manual' }),
        ),
      );

      const all = indices(PARALLEL).map(burstOverride);
      expect(created).toEqual(all);
      expect(await rowCount(knex, 'oncall_overrides')).toBe(PARALLEL);
      const from = new Date(BASE - HOUR);
      const to = new Date(BASE + (PARALLEL + 1) * HOUR);
      const listed = await rotations.listOverrides('rot-1', from, to, 'manual');
      expect(listed).toEqual(all);
      // Overrides are rows of their own: the rotation and its one version stay as they were.
      expect(await rotations.getRotation('rot-1')).toEqual(rotation);
      expect(await rowCount(knex, 'oncall_rotation_versions')).toBe(1);

      const { shifts } = shiftsInWindow(toRotation(rotation), listed, from, to);
      const covered = shifts.filter(shift => shift.source === 'override');
      expect(
        covered.map(({ overrideId, user, start, end }) => ({
          id: overrideId,
          user,
          start,
          end,
        })),
      ).toEqual(
        all.map(({ id, user, start, end }) => ({ id, user, start, end })),
      );
    });

    it('keeps the open-override cap when more than it allows arrive at once', async () => {
      const { knex, stores } = await openTestStores(databases, databaseId);
      const rotations = stores.rotations;
      await rotations.createRotation(rules());
      const cap = PARALLEL - 50;

      const outcomes = await Promise.allSettled(
        indices(PARALLEL).map(i =>
          rotations.createOverride(
            { ...burstOverride(i), source: 'manual' },
            cap,
          ),
        ),
      );

      const refused = outcomes.flatMap(o =>
        o.status === 'rejected' ? [o.reason] : [],
      );
      expect(refused).toHaveLength(PARALLEL - cap);
      for (const error of refused) {
        expect(error).toMatchObject({
          name: 'InputError',
          message: expect.stringContaining(
            `already has ${cap} overrides that have not ended`,
          ),
        });
      }
      expect(await rowCount(knex, 'oncall_overrides')).toBe(cap);
    });
  });
});
