import { NowResponse } from '@agile-ops/plugin-oncall-common';
import { Typography } from '@material-ui/core';
import { useId } from 'react';
import { escalationSteps } from '../../lib/escalation';
import { People } from '../../lib/people';
import { PersonLink } from './PersonLink';

/** Whom to call, in order (PoTW, on-call, group lead), each with why they are in the chain. */
export function EscalationChain(props: { now: NowResponse; people: People }) {
  const headingId = useId();
  const steps = escalationSteps(props.now);
  if (steps.length === 0) return null;
  return (
    <>
      <Typography variant="overline" component="h3" id={headingId}>
        Escalation
      </Typography>
      <ol aria-labelledby={headingId}>
        {steps.map(step => (
          <li key={step.user}>
            <PersonLink entityRef={step.user} people={props.people} />
            <Typography variant="body2" color="textSecondary" component="span">
              {` · ${step.reasons.join(', ')}`}
            </Typography>
          </li>
        ))}
      </ol>
    </>
  );
}
