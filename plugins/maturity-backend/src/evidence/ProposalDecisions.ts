import { Access, UserCredentials } from '@agile-ops/backend-common';
import {
  AssessmentResult,
  ProposalDecision,
  Scorecard,
} from '@agile-ops/plugin-maturity-common';
import {
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import type { Request } from 'express';
import { AssessPermission } from '../service/AssessPermission';
import { EntityLookup } from '../service/EntityLookup';
import { MaturityService } from '../service/MaturityService';
import { DatabaseEvidenceStore, StoredProposal } from './DatabaseEvidenceStore';
import { toVectorEvidence } from './scorecardEvidence';

/** The longest rationale an assessment score takes (the OpenAPI document's). */
const MAX_RATIONALE = 2000;

/** The audit event of a decision: who decided which proposal of which entity. */
function auditOf(
  eventId: string,
  severityLevel: 'low' | 'medium',
  entityRef: string,
  decision: ProposalDecision,
  credentials: UserCredentials,
  request?: Request,
) {
  const { vector, provider } = decision;
  return {
    eventId,
    severityLevel,
    request,
    credentials,
    meta: { entityRef, vector, provider },
  };
}

/**
 * What an owner decides about a proposal: accept it (an assessment with source `evidence`
 * that keeps the proposal) or dismiss it with a reason. Both need what assessing needs, and
 * name the score the caller saw, so a proposal that changed meanwhile is refused with a 409.
 */
export class ProposalDecisions {
  constructor(
    private readonly deps: {
      store: DatabaseEvidenceStore;
      entities: EntityLookup;
      assessPermission: AssessPermission;
      access: Access;
      service: MaturityService;
      now?: () => Date;
    },
  ) {}

  /** Records the proposal as the caller's assessment of the vector; see the route. */
  async accept(
    entityRef: string,
    decision: ProposalDecision,
    credentials: UserCredentials,
    request?: Request,
  ): Promise<AssessmentResult & { replayed: boolean }> {
    return this.deps.access.audited(
      auditOf(
        'evidence-accept',
        'medium',
        entityRef,
        decision,
        credentials,
        request,
      ),
      () => this.record(entityRef, decision, credentials, request),
      ({ assessment }) => ({ assessmentId: assessment.id }),
    );
  }

  // The assessment itself is audited too, as every assessment is.
  private async record(
    entityRef: string,
    decision: ProposalDecision,
    credentials: UserCredentials,
    request?: Request,
  ) {
    const proposal = await this.current(entityRef, decision, credentials);
    const reasons = proposal.reasons.join(' ');
    return this.deps.service.assess(
      entityRef,
      {
        scores: [
          {
            vector: proposal.vector,
            score: decision.proposedScore,
            rationale: `Accepted from the ${proposal.provider} evidence${
              reasons ? `: ${reasons}` : ''
            }`.slice(0, MAX_RATIONALE),
          },
        ],
        ...(decision.comment ? { comment: decision.comment } : {}),
        // One proposal as collected is one assessment: a retried click replays it.
        idempotencyKey: `evidence:${proposal.provider}:${
          proposal.vector
        }:${proposal.changedAt.toISOString()}`,
      },
      credentials,
      { source: 'evidence', evidence: toVectorEvidence(proposal), request },
    );
  }

  /** Records that the caller does not take the proposal, and why; audited. */
  async dismiss(
    entityRef: string,
    decision: ProposalDecision,
    credentials: UserCredentials,
    request?: Request,
  ): Promise<Scorecard> {
    const { access } = this.deps;
    return access.audited(
      auditOf(
        'evidence-dismiss',
        'low',
        entityRef,
        decision,
        credentials,
        request,
      ),
      async () => {
        const reason = decision.reason?.trim();
        if (!reason) {
          throw new InputError('reason is required to dismiss a proposal');
        }
        const proposal = await this.current(entityRef, decision, credentials);
        await this.deps.store.dismiss(entityRef, {
          vector: proposal.vector,
          provider: proposal.provider,
          score: proposal.score,
          reason,
          by: credentials.principal.userEntityRef,
          at: this.deps.now?.() ?? new Date(),
        });
        return this.deps.service.getScorecard(entityRef, credentials);
      },
    );
  }

  // The entity is checked first, so a caller who may not read it learns nothing of its
  // evidence: the same 404 as for an entity that does not exist. Then the permission, then
  // the proposal and the score the caller saw.
  private async current(
    entityRef: string,
    decision: ProposalDecision,
    credentials: UserCredentials,
  ): Promise<StoredProposal> {
    const [entity] = await this.deps.entities.getVisible(
      [entityRef],
      credentials,
    );
    if (!entity)
      throw new NotFoundError(`No entity ${entityRef} in the catalog`);
    // Before the proposal is looked up, so those who may not decide learn nothing of it.
    if (!(await this.deps.assessPermission.allows(entityRef, credentials))) {
      throw new NotAllowedError(
        `You may not decide on the evidence of ${entityRef}: only those who may assess it can`,
      );
    }
    const proposal = await this.deps.store.proposal(
      entityRef,
      decision.vector,
      decision.provider,
    );
    if (!proposal) {
      throw new NotFoundError(
        `No proposal of ${decision.provider} for ${decision.vector} of ${entityRef}`,
      );
    }
    if (proposal.score !== decision.proposedScore) {
      throw new ConflictError(
        `proposedScore ${decision.proposedScore} is no longer the proposal of ${
          decision.provider
        } for ${decision.vector}, which is now ${
          proposal.score ?? 'none'
        }; look at the scorecard again`,
      );
    }
    return proposal;
  }
}
