import { NowResponse } from '@agile-ops/plugin-oncall-common';
import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import { Box, Divider, makeStyles, Typography } from '@material-ui/core';
import { useEntityNow } from '../../hooks/useEntityNow';
import { usePeople } from '../../hooks/usePeople';
import { useTeamTabLink } from '../../hooks/useTeamTabLink';
import { displayName, People } from '../../lib/people';
import { sortRoles } from '../../lib/roles';
import { NoRotationState, NoTeamState } from './EmptyStates';
import { EscalationChain } from './EscalationChain';
import { RoleCoverageItem } from './RoleCoverageItem';
import { TeamLine } from './TeamLine';

/** The card's title, as the team calls the duty. */
const TITLE = 'PoTW & on-call';

const useStyles = makeStyles(theme => ({
  roles: { listStyle: 'none', margin: 0, padding: 0 },
  divider: { margin: theme.spacing(1, 0) },
}));

/** Everyone the card names: the team, the people covering, the next ones and the chain. */
function referencedRefs(now: NowResponse): string[] {
  const refs = [...now.escalation];
  if (now.team) refs.push(now.team);
  for (const role of now.roles) {
    if (role.user) refs.push(role.user);
    if (role.next?.user) refs.push(role.next.user);
  }
  return refs;
}

function Coverage(props: { now: NowResponse; team: string; people: People }) {
  const { now, team, people } = props;
  const classes = useStyles();
  return (
    <>
      {/* On a group's own page the team is the page; naming it again says nothing. */}
      {now.resolvedVia !== 'self' && (
        <TeamLine team={team} now={now} people={people} />
      )}
      <ul className={classes.roles} aria-label="Who covers now">
        {sortRoles(now.roles).map(coverage => (
          <RoleCoverageItem
            key={coverage.rotationId}
            coverage={coverage}
            people={people}
          />
        ))}
      </ul>
      <Divider className={classes.divider} />
      <EscalationChain now={now} people={people} />
    </>
  );
}

function OncallCardBody() {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const teamTabLink = useTeamTabLink();
  const { value: now, error } = useEntityNow(entityRef);
  // Names and contacts come from the catalog; if it cannot answer, the refs' names will do.
  const { people, error: peopleError } = usePeople(
    now ? referencedRefs(now) : [],
  );

  if (!now || (!people && !peopleError)) {
    return (
      <InfoCard title={TITLE}>
        {error ? (
          <ResponseErrorPanel
            error={error}
            title="Could not load who is on call"
          />
        ) : (
          <Progress />
        )}
      </InfoCard>
    );
  }

  const known: People = people ?? new Map();
  const { team } = now;
  if (!team) {
    return (
      <InfoCard title={TITLE}>
        <NoTeamState
          entityName={entity.metadata.title ?? entity.metadata.name}
        />
      </InfoCard>
    );
  }

  const tabLink = teamTabLink(team);
  if (now.roles.length === 0) {
    return (
      <InfoCard title={TITLE}>
        <NoRotationState
          teamName={displayName(team, known.get(team))}
          tabLink={tabLink}
        />
      </InfoCard>
    );
  }

  return (
    <InfoCard
      title={TITLE}
      deepLink={{ title: 'Calendar, overrides and hand-offs', link: tabLink }}
    >
      {error && (
        // A failed refresh: the last answer stays, with a word that it may be out of date.
        <Box mb={1}>
          <Typography variant="body2" color="error" role="status">
            Could not refresh; showing the last answer ({error.message})
          </Typography>
        </Box>
      )}
      <Coverage now={now} team={team} people={known} />
    </InfoCard>
  );
}

/**
 * Who covers the current entity now: the Person of the Week and the on-call roles of the
 * owning team, until when, who is next, the escalation chain and how to reach them. Refreshes
 * every minute.
 *
 * @public
 */
export function EntityOncallCard() {
  // A landmark around the card, so it is announced and can be found by its name.
  return (
    <section aria-label="PoTW and on-call card">
      <OncallCardBody />
    </section>
  );
}
