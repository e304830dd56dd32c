import { LevelPoint } from '../../lib/levelTrend';
import { TimeSeriesChart } from '../shared/TimeSeriesChart';

/** The entity level over time as a small step line; nothing when there is no change to show. */
export function LevelSparkline({ levels }: { levels: LevelPoint[] }) {
  if (levels.length < 2) return null;
  const first = levels.find(p => p.level !== null)?.level;
  const last = levels[levels.length - 1].level;
  const label =
    first === undefined || last === null
      ? 'Level trend'
      : `Level trend: from ${first} to ${last} over ${levels.length} assessments`;
  return (
    <TimeSeriesChart
      data={levels.map(point => ({
        time: Date.parse(point.at),
        value: point.level,
      }))}
      name="Level"
      label={label}
      height={48}
      step
      compact
    />
  );
}
