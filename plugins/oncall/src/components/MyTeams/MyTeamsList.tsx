import {
  EmptyState,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { ReactNode } from 'react';
import { useMyTeams } from '../../hooks/useMyTeams';

/**
 * The frame of a home page widget about the signed-in user's teams: progress while their
 * groups load, a note when they are in none, and one rendered item per team otherwise.
 */
export function MyTeamsList(props: {
  /** What the widget shows, for the error title ("who is on call"). */
  subject: string;
  children: (teamRefs: string[]) => ReactNode;
}) {
  const { value: teams, loading, error } = useMyTeams();
  if (loading) return <Progress />;
  if (error) {
    return (
      <ResponseErrorPanel
        error={error}
        title={`Could not load ${props.subject}`}
      />
    );
  }
  if (!teams || teams.length === 0) {
    return (
      <EmptyState
        missing="data"
        title="No team"
        description="You are not a member of any group in the catalog."
      />
    );
  }
  return <>{props.children(teams)}</>;
}
