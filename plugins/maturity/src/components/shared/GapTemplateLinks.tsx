import { TargetGap, VectorsResponse } from '@agile-ops/plugin-maturity-common';
import {
  defaultTemplateRoute,
  launchLink,
} from '@agile-ops/plugin-self-service';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { Typography } from '@material-ui/core';
import { Fragment } from 'react';
import { useGapImprovements } from '../../hooks/useGapImprovements';
import { createFromTemplateRouteRef } from '../../routes';

/** Props of {@link GapTemplateLinks}. */
export interface GapTemplateLinksProps {
  entity: Entity;
  gaps: ReadonlyArray<TargetGap>;
  rubric: VectorsResponse;
}

/**
 * One line per vector below target that a template improves: "Improve Recoverability:" and the
 * templates, each opening the scaffolder with the entity filled in.
 */
export function GapTemplateLinks({
  entity,
  gaps,
  rubric,
}: GapTemplateLinksProps) {
  const improvements = useGapImprovements(entity, gaps);
  const boundRoute = useRouteRef(createFromTemplateRouteRef);
  const route = boundRoute ?? defaultTemplateRoute;
  if (improvements.length === 0) return null;
  const entityRef = stringifyEntityRef(entity);
  const title = new Map(rubric.vectors.map(v => [v.id as string, v.title]));
  return (
    <>
      {improvements.map(({ vector, templates }) => {
        const vectorTitle = title.get(vector) ?? vector;
        return (
          <Typography
            key={vector}
            variant="body2"
            component="p"
            style={{ marginTop: 4 }}
          >
            Improve {vectorTitle}:{' '}
            {templates.map((template, index) => (
              <Fragment key={template.ref}>
                {index > 0 && ', '}
                {/* Several lines may offer the same template; the label says which vector
                    each link is for. */}
                <Link
                  to={launchLink(route, template, entityRef)}
                  aria-label={`Improve ${vectorTitle} with ${template.title}`}
                >
                  {template.title}
                </Link>
              </Fragment>
            ))}
          </Typography>
        );
      })}
    </>
  );
}
