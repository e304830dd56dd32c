import { RotationResponse } from '@agile-ops/plugin-oncall-common';
import { EmptyState } from '@backstage/core-components';
import { NewRotationButtons } from './NewRotationButtons';

/** Props of {@link NoRotations}. */
export interface NoRotationsProps {
  onCreated: (rotation: RotationResponse) => void;
}

/** What a team without a rotation sees: how to start one, or bring one from another tool. */
export function NoRotations(props: NoRotationsProps) {
  return (
    <EmptyState
      missing="content"
      title="No rotation yet"
      description="Create the team's first rotation to show who is Person of the Week or on call: pick the members in the order they take turns, the hand-off day and time, and the shift length. Already on a schedule in another on-call tool? Import its iCal export instead."
      action={
        <NewRotationButtons
          createLabel="Create rotation"
          variant="contained"
          onCreated={props.onCreated}
        />
      }
    />
  );
}
