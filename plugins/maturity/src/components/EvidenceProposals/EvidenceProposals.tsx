import {
  Scorecard,
  VectorEvidence,
  VectorsResponse,
} from '@agile-ops/plugin-maturity-common';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { Box, Button, TextField, Typography } from '@material-ui/core';
import { useState } from 'react';
import { useCanAssess } from '../../hooks/useCanAssess';
import { useMaturityApi } from '../../hooks/useRubric';
import { openProposals } from './openProposals';

/** Props of {@link EvidenceProposals}. */
export interface EvidenceProposalsProps {
  scorecard: Scorecard;
  rubric: VectorsResponse;
  /** Called after a proposal was accepted or dismissed, to load the scorecard again. */
  onDecided(): void;
  /** Proposals shown at most; the tab shows all. */
  limit?: number;
}

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

function ProposalRow(props: {
  entityRef: string;
  item: VectorEvidence;
  title: string;
  confirmed: number | null;
  canDecide: boolean;
  onDecided(): void;
}) {
  const { entityRef, item, title, confirmed, canDecide } = props;
  const api = useMaturityApi();
  const alertApi = useApi(alertApiRef);
  const [busy, setBusy] = useState(false);
  const [dismissing, setDismissing] = useState(false);
  const [reason, setReason] = useState('');
  const decision = {
    vector: item.vector,
    provider: item.provider,
    proposedScore: item.proposedScore!,
  };
  const decide = async (run: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await run();
      alertApi.post({
        message: done,
        severity: 'success',
        display: 'transient',
      });
      props.onDecided();
    } catch (error) {
      alertApi.post({
        message: `Could not record the decision: ${(error as Error).message}`,
        severity: 'error',
      });
    } finally {
      setBusy(false);
    }
  };
  const label = `${title}: proposed ${item.proposedScore}`;
  return (
    <Box component="li" mt={1} aria-label={label}>
      <Typography variant="body2">
        <strong>{title}</strong>: confirmed {confirmed ?? '–'}, proposed{' '}
        {item.proposedScore} by {item.provider}
        {item.difference !== undefined && ` (${signed(item.difference)})`}
      </Typography>
      <Typography variant="caption" color="textSecondary" component="p">
        {[...item.reasons, ...item.facts.map(f => f.text)].join(' · ')}
      </Typography>
      {canDecide && !dismissing && (
        <Box mt={0.5}>
          <Button
            size="small"
            variant="outlined"
            color="primary"
            disabled={busy}
            aria-label={`Accept ${item.proposedScore} for ${title}`}
            onClick={() =>
              decide(
                () => api.acceptProposal(entityRef, decision),
                `${title} scored ${item.proposedScore} from the ${item.provider} evidence`,
              )
            }
          >
            Accept {item.proposedScore}
          </Button>{' '}
          <Button
            size="small"
            disabled={busy}
            aria-label={`Dismiss the proposal for ${title}`}
            onClick={() => setDismissing(true)}
          >
            Dismiss
          </Button>
        </Box>
      )}
      {canDecide && dismissing && (
        <Box mt={0.5} display="flex" alignItems="center">
          <TextField
            // An id ties the label to the field, for screen readers and tests alike.
            id={`dismiss-${item.vector}-${item.provider}`}
            size="small"
            label={`Why not ${item.proposedScore} for ${title}?`}
            value={reason}
            onChange={e => setReason(e.target.value)}
            inputProps={{ maxLength: 1000 }}
          />
          <Button
            size="small"
            disabled={busy || reason.trim() === ''}
            onClick={() =>
              decide(
                () => api.dismissProposal(entityRef, { ...decision, reason }),
                `The proposal for ${title} is dismissed`,
              )
            }
          >
            Dismiss it
          </Button>
          <Button size="small" onClick={() => setDismissing(false)}>
            Cancel
          </Button>
        </Box>
      )}
    </Box>
  );
}

/**
 * What evidence proposes beside what people confirmed: the open proposals of an entity (not
 * dismissed, not already the confirmed score), farthest from the confirmed score first, with
 * their reasons and facts, and Accept / Dismiss for those who may assess the entity.
 */
export function EvidenceProposals(props: EvidenceProposalsProps) {
  const { scorecard, rubric, limit } = props;
  const { allowed } = useCanAssess(scorecard.entityRef);
  const open = openProposals(scorecard);
  if (open.length === 0) return null;
  const title = new Map(rubric.vectors.map(v => [v.id as string, v.title]));
  const confirmed = new Map(scorecard.vectors.map(v => [v.vector, v.score]));
  const shown = limit === undefined ? open : open.slice(0, limit);
  return (
    <Box mt={2} role="group" aria-label="Proposed from evidence">
      <Typography variant="subtitle2">Proposed from evidence</Typography>
      <Box component="ul" pl={2} m={0}>
        {shown.map(item => (
          <ProposalRow
            key={`${item.vector} ${item.provider}`}
            entityRef={scorecard.entityRef}
            item={item}
            title={title.get(item.vector) ?? item.vector}
            confirmed={confirmed.get(item.vector) ?? null}
            canDecide={allowed}
            onDecided={props.onDecided}
          />
        ))}
      </Box>
      {shown.length < open.length && (
        <Typography variant="caption" color="textSecondary">
          {open.length - shown.length} more on the maturity tab
        </Typography>
      )}
    </Box>
  );
}
