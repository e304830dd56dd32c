import {
  InterruptStatsResponse,
  oncallRotationManagePermission,
} from '@agile-ops/plugin-oncall-common';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { Typography } from '@material-ui/core';
import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { oncallApiRef } from '../../../api/OncallApi';
import { PermittedButton } from '../shared/PermittedButton';
import { useTeam } from '../shared/TeamContext';
import { viewerZone, windowBack } from '../shared/time';
import { CapacityDialog } from './CapacityDialog';
import { CAPACITY_ANNOTATION, describeCapacity } from './capacityText';
import { InterruptShareChart } from './InterruptShareChart';
import { InterruptShareTable } from './InterruptShareTable';
import { averageShare, shareRows } from './shareData';
import { formatShare } from './format';

/** How far back the chart looks: six two-week iterations, the backend's default. */
const WINDOW_WEEKS = 12;

const TREND_TEXT: Record<
  NonNullable<InterruptStatsResponse['trend']>,
  string
> = {
  up: 'Trend: rising. Interrupts take a growing share of the capacity.',
  down: 'Trend: falling. Interrupts take a shrinking share of the capacity.',
  flat: 'Trend: steady. The share of interrupts is about the same.',
};

/**
 * Interrupt effort per iteration against the team's planned capacity: a stacked bar chart, the
 * trend, the numbers as a table, and where the capacity comes from with "Edit capacity".
 */
export function InterruptShareCard() {
  const api = useApi(oncallApiRef);
  const { groupRef, version, refresh } = useTeam();
  const zone = viewerZone();
  const [editing, setEditing] = useState(false);

  const { value, loading, error } = useAsync(
    () => api.getInterruptStats(groupRef, windowBack({ weeks: WINDOW_WEEKS })),
    [api, groupRef, version],
  );

  const capacityText = value && describeCapacity(value.capacity);
  const { rows, unit } = shareRows(value?.iterations ?? [], zone);
  const average = value && averageShare(value.iterations);
  const hasEffort = value?.iterations.some(i => i.count > 0);

  return (
    <InfoCard
      title="Interrupt share"
      subheader="Interrupt effort per iteration against planned capacity"
      action={
        <PermittedButton
          permission={oncallRotationManagePermission}
          deniedAction="set the team's capacity"
          color="primary"
          disabled={!value}
          onClick={() => setEditing(true)}
        >
          Edit capacity
        </PermittedButton>
      }
    >
      {error && <ResponseErrorPanel error={error} />}
      {!error && loading && !value && <Progress />}
      {!error && value && (
        <>
          <Typography variant="body2" paragraph>
            {capacityText ? (
              <>Capacity: {capacityText}.</>
            ) : (
              <>
                No planned capacity yet, so interrupts are shown in hours. Set
                it with "Edit capacity" (people × hours per person), or add the
                annotation <code>{CAPACITY_ANNOTATION}</code> with the team's
                hours per iteration to the group in the catalog.
              </>
            )}
          </Typography>
          {!hasEffort ? (
            <Typography color="textSecondary">
              No interrupts in the last {WINDOW_WEEKS} weeks. Once the team logs
              interrupts, their share of each iteration shows here.
            </Typography>
          ) : (
            <>
              <InterruptShareChart
                rows={rows}
                unit={unit}
                average={
                  unit === '%' && average !== undefined
                    ? average * 100
                    : undefined
                }
                label={`Interrupt ${
                  unit === '%' ? 'share of capacity' : 'hours'
                } for ${rows.length} iterations, stacked by category`}
              />
              <Typography variant="body2" paragraph>
                {value.trend
                  ? TREND_TEXT[value.trend]
                  : 'Not enough iterations with a capacity to show a trend yet.'}
                {average !== undefined &&
                  ` Average share: ${formatShare(average)}.`}
              </Typography>
              <InterruptShareTable iterations={value.iterations} zone={zone} />
            </>
          )}
        </>
      )}
      {editing && value && (
        <CapacityDialog
          groupRef={groupRef}
          capacity={value.capacity}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            refresh();
          }}
        />
      )}
    </InfoCard>
  );
}
