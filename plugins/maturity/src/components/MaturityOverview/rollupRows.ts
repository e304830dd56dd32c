import { Rollup } from '@agile-ops/plugin-maturity-common';
import { shortRef } from '../../lib/format';

/** How the heat map is ordered: a column key (`name`, `level`, `coverage`, `stale` or a vector id). */
export interface RollupSort {
  key: string;
  order: 'asc' | 'desc';
}

/** Row filters of the heat map. */
export interface RollupFilter {
  /** Case-insensitive text the scope's title or ref must contain. */
  text: string;
  /** Only scopes with at least one stale entity. */
  staleOnly: boolean;
}

/** Scope kinds the overview can open to show their children. */
const DRILLABLE = new Set(['organization', 'domain', 'system', 'group']);

/** Whether a row is a scope with children rather than a single entity. */
export function isDrillable(rollup: Rollup): boolean {
  return DRILLABLE.has(rollup.scope.kind.toLocaleLowerCase('en-US'));
}

/** The name shown for a scope: its title, else the name part of its ref. */
export function scopeName(rollup: Rollup): string {
  return rollup.scope.title ?? shortRef(rollup.scope.entityRef);
}

/** The share of a scope's entities with at least one score. */
export function coverageOf(rollup: Rollup): number {
  return rollup.entities.total === 0
    ? 0
    : rollup.entities.assessed / rollup.entities.total;
}

function sortValue(rollup: Rollup, key: string): number | string | null {
  switch (key) {
    case 'name':
      return scopeName(rollup).toLocaleLowerCase('en-US');
    case 'level':
      return rollup.level.mean;
    case 'coverage':
      return coverageOf(rollup);
    case 'stale':
      return rollup.entities.stale;
    default:
      return rollup.vectors.find(v => v.vector === key)?.value ?? null;
  }
}

/**
 * Filters and sorts roll-up rows. Scopes without a value sort last in both directions, so the
 * interesting rows stay on the first page; ties keep name order.
 */
export function arrangeRollups(
  rows: readonly Rollup[],
  sort: RollupSort,
  filter: RollupFilter,
): Rollup[] {
  const text = filter.text.trim().toLocaleLowerCase('en-US');
  const kept = rows.filter(
    row =>
      (!filter.staleOnly || row.entities.stale > 0) &&
      (!text ||
        scopeName(row).toLocaleLowerCase('en-US').includes(text) ||
        row.scope.entityRef.toLocaleLowerCase('en-US').includes(text)),
  );
  const direction = sort.order === 'asc' ? 1 : -1;
  return kept
    .map(row => ({
      row,
      value: sortValue(row, sort.key),
      name: scopeName(row),
    }))
    .sort((a, b) => {
      if (a.value === null && b.value !== null) return 1;
      if (b.value === null && a.value !== null) return -1;
      if (a.value !== null && b.value !== null && a.value !== b.value) {
        return (a.value < b.value ? -1 : 1) * direction;
      }
      return a.name.localeCompare(b.name);
    })
    .map(({ row }) => row);
}
