import { Breadcrumbs, Link, Typography } from '@material-ui/core';

/** One opened scope in the drill-down trail. */
export interface TrailStep {
  ref: string;
  name: string;
}

/** Props of {@link DrillDownTrail}. */
export interface DrillDownTrailProps {
  rootLabel: string;
  trail: TrailStep[];
  /** Go back to the first `depth` steps (0 for the top level). */
  onBack: (depth: number) => void;
}

/** Breadcrumbs of the opened scopes; every step but the current one leads back to it. */
export function DrillDownTrail({
  rootLabel,
  trail,
  onBack,
}: DrillDownTrailProps) {
  return (
    <Breadcrumbs aria-label="Drill-down">
      <Link component="button" onClick={() => onBack(0)}>
        {rootLabel}
      </Link>
      {trail.map((step, index) =>
        index === trail.length - 1 ? (
          <Typography key={step.ref} color="textPrimary">
            {step.name}
          </Typography>
        ) : (
          <Link
            key={step.ref}
            component="button"
            onClick={() => onBack(index + 1)}
          >
            {step.name}
          </Link>
        ),
      )}
    </Breadcrumbs>
  );
}
