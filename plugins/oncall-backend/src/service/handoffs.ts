import {
  Handoff,
  Override,
  Rotation,
  shiftsInWindow,
} from '@agile-ops/plugin-oncall-common';

/**
 * Every hand-off (a change of the person covering, gaps counting as nobody) at an instant in
 * `[from, to)`, in order.
 */
export function handoffsInWindow(
  rotation: Rotation,
  overrides: ReadonlyArray<Override>,
  from: Date,
  to: Date,
): Handoff[] {
  // One millisecond earlier, so a hand-off exactly at `from` has a "before" to compare with.
  const window = shiftsInWindow(
    rotation,
    overrides,
    new Date(from.getTime() - 1),
    to,
  );
  const segments = [
    ...window.shifts.map(s => ({
      start: s.start,
      user: s.user as string | null,
    })),
    ...window.gaps.map(g => ({ start: g.start, user: null })),
  ].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  const handoffs: Handoff[] = [];
  for (let i = 1; i < segments.length; i++) {
    if (segments[i].user !== segments[i - 1].user) {
      handoffs.push({
        at: segments[i].start,
        from: segments[i - 1].user,
        to: segments[i].user,
      });
    }
  }
  return handoffs;
}
