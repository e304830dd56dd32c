import { createContext, ReactNode, useContext } from 'react';

/** A member of the team with the name to show. */
export interface Person {
  ref: string;
  name: string;
}

/** What every section of the tab needs to know about the team it shows. */
export interface TeamContextValue {
  /** Entity ref of the group. */
  groupRef: string;
  /** The group's display name, for hints such as "only members of Payments can ...". */
  groupName: string;
  /** The group's members, by name. */
  members: Person[];
  /** The name to show for a user ref. */
  displayName: (userRef: string) => string;
  /** Bumped after every write, so each section re-fetches what the write may have changed. */
  version: number;
  /** Tells every section to re-fetch (the calendar, overrides, "now", ...). */
  refresh: () => void;
}

const TeamContext = createContext<TeamContextValue | undefined>(undefined);

/** Provides the team to the sections of the tab. */
export function TeamProvider(props: {
  value: TeamContextValue;
  children: ReactNode;
}) {
  return (
    <TeamContext.Provider value={props.value}>
      {props.children}
    </TeamContext.Provider>
  );
}

/** The team of the tab; only inside {@link TeamProvider}. */
export function useTeam(): TeamContextValue {
  const team = useContext(TeamContext);
  if (!team) throw new Error('useTeam must be used inside a TeamProvider');
  return team;
}
