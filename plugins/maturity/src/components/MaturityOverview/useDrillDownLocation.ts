import { useCallback, useRef } from 'react';
import { useSearchParams } from 'react-router-dom';
import { shortRef } from '../../lib/format';
import { TrailStep } from './DrillDownTrail';
import { OverviewMode } from './OverviewToolbar';

const MODE_PARAM = 'by';
const OPEN_PARAM = 'open';

/**
 * The overview's mode and drill-down trail, kept in the URL (`?by=group&open=ref,ref`) so the
 * browser's back button steps out of a scope and a link shows someone else the same view.
 * Names of scopes opened on this page are remembered; a trail from a link shows the name part of
 * each ref instead.
 */
export function useDrillDownLocation() {
  const [params, setParams] = useSearchParams();
  const names = useRef(new Map<string, string>());
  const mode: OverviewMode =
    params.get(MODE_PARAM) === 'group' ? 'group' : 'domain';
  const openParam = params.get(OPEN_PARAM) ?? '';

  // Read on every render: a name remembered after the roll-up arrived shows at once.
  const trail: TrailStep[] = openParam
    .split(',')
    .filter(Boolean)
    .map(ref => ({ ref, name: names.current.get(ref) ?? shortRef(ref) }));

  const navigateTo = useCallback(
    (nextMode: OverviewMode, refs: string[]) => {
      const next = new URLSearchParams(params);
      if (nextMode === 'group') next.set(MODE_PARAM, 'group');
      else next.delete(MODE_PARAM);
      if (refs.length > 0) next.set(OPEN_PARAM, refs.join(','));
      else next.delete(OPEN_PARAM);
      setParams(next);
    },
    [params, setParams],
  );

  return {
    mode,
    trail,
    /** A stable key of the level on screen, for reloading when it changes. */
    levelKey: `${mode}|${openParam}`,
    setMode: (next: OverviewMode) => navigateTo(next, []),
    openScope: (step: TrailStep) => {
      names.current.set(step.ref, step.name);
      navigateTo(mode, trail.map(s => s.ref).concat(step.ref));
    },
    backTo: (depth: number) =>
      navigateTo(
        mode,
        trail.slice(0, depth).map(s => s.ref),
      ),
  };
}
