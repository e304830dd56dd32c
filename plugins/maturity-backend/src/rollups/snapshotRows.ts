import { VectorId } from '@agile-ops/plugin-maturity-common';
import { ScopeKind, ScopeTotals, VectorAggregate } from './DatabaseRollupStore';
import { SnapshotRow } from './DatabaseSnapshotStore';

/**
 * The snapshot rows of one day for the scopes of one kind: a `level` row per scope from its
 * totals and a row per assessed vector, valued as the roll-up values it (`valueOf`).
 */
export function snapshotRowsOf(
  day: string,
  kind: ScopeKind,
  counts: { aggregates: VectorAggregate[]; totals: ScopeTotals[] },
  valueOf: (aggregate: VectorAggregate) => number | null,
): SnapshotRow[] {
  const totalOf = new Map(counts.totals.map(t => [t.scopeRef, t]));
  return [
    ...counts.totals.map(t => ({
      day,
      scopeKind: kind,
      scopeRef: t.scopeRef,
      vector: 'level',
      value: t.meanLevel,
      mean: t.meanLevel,
      min: null,
      max: null,
      assessed: t.assessed,
      total: t.total,
      stale: t.stale,
      distribution: t.levelDistribution,
    })),
    ...counts.aggregates.map(a => ({
      day,
      scopeKind: kind,
      scopeRef: a.scopeRef,
      vector: a.vector as VectorId,
      value: valueOf(a),
      mean: a.mean,
      min: a.min,
      max: a.max,
      assessed: a.assessed,
      total: totalOf.get(a.scopeRef)?.total ?? a.assessed,
      stale: a.stale,
      distribution: a.distribution,
    })),
  ];
}
