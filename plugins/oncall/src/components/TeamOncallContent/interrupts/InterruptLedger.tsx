import {
  Interrupt,
  oncallInterruptCreatePermission,
} from '@agile-ops/plugin-oncall-common';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  Button,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@material-ui/core';
import Alert from '@material-ui/lab/Alert';
import { useEffect, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { oncallApiRef } from '../../../api/OncallApi';
import { errorMessage } from '@agile-ops/common';
import { PermittedButton } from '../shared/PermittedButton';
import { useTeam } from '../shared/TeamContext';
import { formatInstant, nowIso, viewerZone } from '../shared/time';
import { CATEGORY_LABELS, formatMinutes } from './format';
import { LogInterruptDialog } from './LogInterruptDialog';

// One-word categories read badly when the table squeezes them onto two lines.
const NO_WRAP = { whiteSpace: 'nowrap' } as const;
/** Entries per page of the ledger. */
const PAGE_SIZE = 50;

/** The team's interrupt ledger, newest first, with "Log interrupt" and "Mark resolved". */
export function InterruptLedger() {
  const api = useApi(oncallApiRef);
  const { groupRef, displayName, version, refresh } = useTeam();
  const zone = viewerZone();
  const [logging, setLogging] = useState(false);
  const [older, setOlder] = useState<{ items: Interrupt[]; cursor?: string }>();
  const [actionError, setActionError] = useState<string>();

  const { value, loading, error } = useAsync(
    () => api.listInterrupts({ team: groupRef, limit: PAGE_SIZE }),
    [api, groupRef, version],
  );
  // A refresh starts again from the newest page; older pages would be out of step.
  useEffect(() => setOlder(undefined), [value]);

  const interrupts = [...(value?.interrupts ?? []), ...(older?.items ?? [])];
  const cursor = older ? older.cursor : value?.nextCursor;

  const loadMore = async () => {
    try {
      const page = await api.listInterrupts({
        team: groupRef,
        limit: PAGE_SIZE,
        cursor,
      });
      setOlder(previous => ({
        items: [...(previous?.items ?? []), ...page.interrupts],
        cursor: page.nextCursor,
      }));
    } catch (e) {
      setActionError(errorMessage(e));
    }
  };

  const resolve = async (interrupt: Interrupt) => {
    setActionError(undefined);
    try {
      await api.updateInterrupt(interrupt.id, { resolvedAt: nowIso() });
      refresh();
    } catch (e) {
      setActionError(errorMessage(e));
    }
  };

  return (
    <InfoCard
      title="Interrupt ledger"
      subheader={`Unplanned work of the team, newest first; times in ${zone}`}
      action={
        <PermittedButton
          permission={oncallInterruptCreatePermission}
          deniedAction="log interrupts"
          color="primary"
          onClick={() => setLogging(true)}
        >
          Log interrupt
        </PermittedButton>
      }
    >
      {actionError && <Alert severity="error">{actionError}</Alert>}
      {error && <ResponseErrorPanel error={error} />}
      {!error && loading && !value && <Progress />}
      {!error && value && interrupts.length === 0 && (
        <Typography color="textSecondary">
          No interrupts recorded yet. Log incidents, requests and questions that
          reach the team so you can see how much of the iteration they take.
        </Typography>
      )}
      {!error && interrupts.length > 0 && (
        <TableContainer>
          <Table size="small" aria-label="Interrupt ledger">
            <TableHead>
              <TableRow>
                <TableCell>Received</TableCell>
                <TableCell>Title</TableCell>
                <TableCell style={NO_WRAP}>Category</TableCell>
                <TableCell>Entity</TableCell>
                <TableCell>Triaged by</TableCell>
                <TableCell>Effort</TableCell>
                <TableCell>Resolved</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {interrupts.map(interrupt => (
                <TableRow key={interrupt.id}>
                  <TableCell>
                    {formatInstant(interrupt.receivedAt, zone)}
                  </TableCell>
                  <TableCell>{interrupt.title}</TableCell>
                  <TableCell style={NO_WRAP}>
                    {CATEGORY_LABELS[interrupt.category]}
                  </TableCell>
                  <TableCell>
                    {interrupt.entityRef ? (
                      <EntityRefLink entityRef={interrupt.entityRef} />
                    ) : (
                      '–'
                    )}
                  </TableCell>
                  <TableCell>
                    {interrupt.triagedBy
                      ? displayName(interrupt.triagedBy)
                      : '–'}
                  </TableCell>
                  <TableCell>
                    {interrupt.effortMinutes === undefined
                      ? '–'
                      : formatMinutes(interrupt.effortMinutes)}
                  </TableCell>
                  <TableCell>
                    {interrupt.resolvedAt ? (
                      formatInstant(interrupt.resolvedAt, zone)
                    ) : (
                      <PermittedButton
                        permission={oncallInterruptCreatePermission}
                        deniedAction="resolve interrupts"
                        size="small"
                        aria-label={`Mark "${interrupt.title}" resolved`}
                        onClick={() => resolve(interrupt)}
                      >
                        Mark resolved
                      </PermittedButton>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      {cursor && (
        <Button size="small" onClick={loadMore}>
          Show older interrupts
        </Button>
      )}
      {logging && (
        <LogInterruptDialog
          groupRef={groupRef}
          onClose={() => setLogging(false)}
          onCreated={() => {
            setLogging(false);
            refresh();
          }}
        />
      )}
    </InfoCard>
  );
}
