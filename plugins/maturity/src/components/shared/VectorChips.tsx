import { Scorecard, VectorsResponse } from '@agile-ops/plugin-maturity-common';
import { Box, Chip, Typography } from '@material-ui/core';
import WarningIcon from '@material-ui/icons/ReportProblemOutlined';
import ScheduleIcon from '@material-ui/icons/Schedule';
import HelpIcon from '@material-ui/icons/HelpOutline';
import FlagIcon from '@material-ui/icons/OutlinedFlag';
import { Entity } from '@backstage/catalog-model';
import { ReactNode } from 'react';
import { GapTemplateLinks } from './GapTemplateLinks';

/** Props of {@link VectorChips}. */
export interface VectorChipsProps {
  scorecard: Scorecard;
  rubric: VectorsResponse;
  /** The entity scored; its gaps link to the templates that close them. */
  entity: Entity;
}

function ChipRow(props: {
  label: string;
  items: string[];
  icon: JSX.Element;
  children?: ReactNode;
}) {
  if (props.items.length === 0) return null;
  return (
    <Box mt={1} aria-label={props.label} role="group">
      <Typography variant="caption" color="textSecondary" component="p">
        {props.label}
      </Typography>
      {props.items.map(item => (
        <Chip
          key={item}
          size="small"
          icon={props.icon}
          label={item}
          variant="outlined"
          style={{ marginRight: 4, marginTop: 4 }}
        />
      ))}
      {props.children}
    </Box>
  );
}

/** The vectors that hold the level down, fall short of a target, are stale or unscored. */
export function VectorChips({ scorecard, rubric, entity }: VectorChipsProps) {
  const title = new Map(rubric.vectors.map(v => [v.id as string, v.title]));
  const score = new Map(scorecard.vectors.map(v => [v.vector, v.score]));
  const pulling = scorecard.level.pulledDownBy.map(
    vector => `${title.get(vector) ?? vector} (${score.get(vector) ?? '–'})`,
  );
  const stale = scorecard.vectors
    .filter(v => v.stale && v.score !== null)
    .map(v => title.get(v.vector) ?? v.vector);
  const gaps = scorecard.gaps.map(
    gap =>
      `${title.get(gap.vector) ?? gap.vector}: ${gap.actual ?? '–'} of ${
        gap.required
      } (${gap.target})`,
  );
  const unscored = scorecard.vectors
    .filter(v => v.score === null)
    .map(v => title.get(v.vector) ?? v.vector);
  return (
    <>
      <ChipRow
        label="Pulling the level down"
        items={pulling}
        icon={<WarningIcon />}
      />
      <ChipRow label="Below target" items={gaps} icon={<FlagIcon />}>
        <GapTemplateLinks
          entity={entity}
          gaps={scorecard.gaps}
          rubric={rubric}
        />
      </ChipRow>
      <ChipRow
        label={`Stale (older than ${rubric.rules.staleAfterDays} days)`}
        items={stale}
        icon={<ScheduleIcon />}
      />
      <ChipRow label="Not scored yet" items={unscored} icon={<HelpIcon />} />
    </>
  );
}
