import { Rollup } from '@agile-ops/plugin-maturity-common';
import fc from 'fast-check';
import { makeRollup } from '../../__testUtils__/fixtures';
import {
  arrangeRollups,
  coverageOf,
  isDrillable,
  RollupFilter,
  RollupSort,
  scopeName,
} from './rollupRows';

const NO_FILTER: RollupFilter = { text: '', staleOnly: false };

const ROWS = [
  makeRollup({
    ref: 'domain:default/payments',
    title: 'Payments',
    mean: 2.5,
    total: 10,
    assessed: 5,
    stale: 0,
    vectors: { stability: 4, documentation: 1 },
  }),
  makeRollup({
    ref: 'domain:default/logistics',
    mean: null,
    total: 4,
    assessed: 0,
    stale: 0,
  }),
  makeRollup({
    ref: 'domain:default/identity',
    title: 'Identity and Access',
    mean: 3.1,
    total: 2,
    assessed: 2,
    stale: 2,
    vectors: { stability: 2 },
  }),
  makeRollup({
    ref: 'domain:team-x/billing',
    title: 'Billing',
    mean: 1,
    total: 0,
    assessed: 0,
    stale: 1,
    vectors: { stability: 4, documentation: 3 },
  }),
];

function names(rows: Rollup[]): string[] {
  return rows.map(scopeName);
}

function arrange(sort: RollupSort, filter: Partial<RollupFilter> = {}) {
  return names(arrangeRollups(ROWS, sort, { ...NO_FILTER, ...filter }));
}

describe('rollupRows helpers', () => {
  it('names a scope by its title, else by its short ref', () => {
    expect(names(ROWS)).toEqual([
      'Payments',
      'logistics',
      'Identity and Access',
      'Billing',
    ]);
    expect(scopeName(makeRollup({ ref: 'system:team-x/ledger' }))).toBe(
      'team-x/ledger',
    );
  });

  it('computes coverage, with no division by zero for an empty scope', () => {
    expect(coverageOf(ROWS[0])).toBe(0.5);
    expect(coverageOf(ROWS[3])).toBe(0);
  });

  it('drills into scopes with children but not into entities', () => {
    expect(
      ['organization', 'Domain', 'system', 'group'].map(kind =>
        isDrillable(makeRollup({ ref: `${kind}:default/x` })),
      ),
    ).toEqual([true, true, true, true]);
    expect(isDrillable(makeRollup({ ref: 'component:default/x' }))).toBe(false);
    expect(isDrillable(makeRollup({ ref: 'resource:default/x' }))).toBe(false);
  });
});

describe('arrangeRollups', () => {
  it('sorts by name, case-insensitively, in both directions', () => {
    expect(arrange({ key: 'name', order: 'asc' })).toEqual([
      'Billing',
      'Identity and Access',
      'logistics',
      'Payments',
    ]);
    expect(arrange({ key: 'name', order: 'desc' })).toEqual([
      'Payments',
      'logistics',
      'Identity and Access',
      'Billing',
    ]);
  });

  it('sorts by mean level with the unrated scope last in both directions', () => {
    expect(arrange({ key: 'level', order: 'asc' })).toEqual([
      'Billing',
      'Payments',
      'Identity and Access',
      'logistics',
    ]);
    expect(arrange({ key: 'level', order: 'desc' })).toEqual([
      'Identity and Access',
      'Payments',
      'Billing',
      'logistics',
    ]);
  });

  it('sorts by coverage and by stale count, ties in name order', () => {
    // Coverage: Billing 0, logistics 0, Payments 0.5, Identity 1.
    expect(arrange({ key: 'coverage', order: 'asc' })).toEqual([
      'Billing',
      'logistics',
      'Payments',
      'Identity and Access',
    ]);
    expect(arrange({ key: 'stale', order: 'desc' })).toEqual([
      'Identity and Access',
      'Billing',
      'logistics',
      'Payments',
    ]);
  });

  it('sorts by a vector, scopes without a value for it last, ties in name order', () => {
    expect(arrange({ key: 'stability', order: 'asc' })).toEqual([
      'Identity and Access',
      'Billing',
      'Payments',
      'logistics',
    ]);
    expect(arrange({ key: 'stability', order: 'desc' })).toEqual([
      'Billing',
      'Payments',
      'Identity and Access',
      'logistics',
    ]);
    expect(arrange({ key: 'documentation', order: 'desc' })).toEqual([
      'Billing',
      'Payments',
      'Identity and Access',
      'logistics',
    ]);
  });

  it('filters by title or ref, trimmed and case-insensitive', () => {
    expect(
      arrange({ key: 'name', order: 'asc' }, { text: '  IDENT ' }),
    ).toEqual(['Identity and Access']);
    // "team-x" is only in the ref of Billing.
    expect(arrange({ key: 'name', order: 'asc' }, { text: 'team-x' })).toEqual([
      'Billing',
    ]);
    expect(arrange({ key: 'name', order: 'asc' }, { text: 'nothing' })).toEqual(
      [],
    );
  });

  it('keeps only scopes with stale entities when asked, combined with the text filter', () => {
    expect(arrange({ key: 'name', order: 'asc' }, { staleOnly: true })).toEqual(
      ['Billing', 'Identity and Access'],
    );
    expect(
      arrange({ key: 'name', order: 'asc' }, { staleOnly: true, text: 'bill' }),
    ).toEqual(['Billing']);
  });

  it('does not reorder its input', () => {
    const input = [...ROWS];
    arrangeRollups(input, { key: 'level', order: 'desc' }, NO_FILTER);
    expect(input).toEqual(ROWS);
  });
});

describe('arrangeRollups properties', () => {
  const value = fc.option(
    fc.integer({ min: 0, max: 50 }).map(n => n / 10),
    {
      nil: null,
    },
  );
  const rowArbitrary = fc
    .record({
      name: fc.stringMatching(/^[a-z]{1,6}$/),
      title: fc.option(fc.constantFrom('Alpha', 'beta', 'Gamma', 'delta'), {
        nil: undefined,
      }),
      mean: value,
      total: fc.integer({ min: 0, max: 20 }),
      stale: fc.integer({ min: 0, max: 3 }),
      stability: value,
    })
    .map(r =>
      makeRollup({
        ref: `domain:default/${r.name}`,
        title: r.title,
        mean: r.mean,
        total: r.total,
        assessed: Math.floor(r.total / 2),
        stale: r.stale,
        vectors: { stability: r.stability },
      }),
    );
  const rowsArbitrary = fc.uniqueArray(rowArbitrary, {
    selector: r => r.scope.entityRef,
    maxLength: 12,
  });
  const sortArbitrary = fc.record({
    key: fc.constantFrom('name', 'level', 'coverage', 'stale', 'stability'),
    order: fc.constantFrom('asc' as const, 'desc' as const),
  });
  const filterArbitrary = fc.record({
    text: fc.constantFrom('', 'a', ' A ', 'ta', 'default', 'zz'),
    staleOnly: fc.boolean(),
  });

  function sortValue(row: Rollup, key: string) {
    if (key === 'level') return row.level.mean;
    if (key === 'stale') return row.entities.stale;
    if (key === 'coverage') return coverageOf(row);
    if (key === 'name') return scopeName(row).toLocaleLowerCase('en-US');
    return row.vectors.find(v => v.vector === key)?.value ?? null;
  }

  it('returns exactly the rows that pass the filter, each once, in sort order with nulls last', () => {
    fc.assert(
      fc.property(
        rowsArbitrary,
        sortArbitrary,
        filterArbitrary,
        (rows, sort, filter) => {
          const out = arrangeRollups(rows, sort, filter);
          const text = filter.text.trim().toLowerCase();
          const expected = rows.filter(
            r =>
              (!filter.staleOnly || r.entities.stale > 0) &&
              (scopeName(r).toLowerCase().includes(text) ||
                r.scope.entityRef.includes(text)),
          );
          // A permutation of the filtered subset.
          expect(out.map(r => r.scope.entityRef).sort()).toEqual(
            expected.map(r => r.scope.entityRef).sort(),
          );
          // Ordered: no value after a null, values monotonic in the asked direction.
          const values = out.map(r => sortValue(r, sort.key));
          const firstNull = values.indexOf(null);
          const tail = firstNull < 0 ? [] : values.slice(firstNull);
          expect(tail.every(v => v === null)).toBe(true);
          const present = values.filter(v => v !== null) as Array<
            number | string
          >;
          const inOrder = present
            .slice(1)
            .every((v, i) =>
              sort.order === 'asc' ? present[i] <= v : present[i] >= v,
            );
          expect(inOrder).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reverses the order of distinct values when the direction flips', () => {
    fc.assert(
      fc.property(rowsArbitrary, sortArbitrary, (rows, sort) => {
        const asc = arrangeRollups(rows, { ...sort, order: 'asc' }, NO_FILTER)
          .map(r => sortValue(r, sort.key))
          .filter(v => v !== null);
        const desc = arrangeRollups(rows, { ...sort, order: 'desc' }, NO_FILTER)
          .map(r => sortValue(r, sort.key))
          .filter(v => v !== null);
        expect(desc).toEqual([...asc].reverse());
      }),
      { numRuns: 200 },
    );
  });
});
