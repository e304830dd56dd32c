import {
  isVectorId,
  TargetGap,
  VectorId,
} from '@agile-ops/plugin-maturity-common';
import {
  APPLIES_TO_ANNOTATION,
  templateAppliesTo,
} from '@agile-ops/plugin-self-service';
import {
  DEFAULT_NAMESPACE,
  Entity,
  stringifyEntityRef,
} from '@backstage/catalog-model';

/**
 * The template annotation that names the maturity vectors a template helps to raise, as a
 * comma-separated list of vector ids such as `recoverability, automation`.
 */
export const IMPROVES_ANNOTATION = 'agile-ops/improves';

/** The template fields the gap links read; the rest of a template (its steps) can be large. */
export const IMPROVING_TEMPLATE_FIELDS = [
  'kind',
  'metadata.namespace',
  'metadata.name',
  'metadata.title',
  `metadata.annotations.${IMPROVES_ANNOTATION}`,
  `metadata.annotations.${APPLIES_TO_ANNOTATION}`,
];

/** A template as a gap link shows it. */
export interface ImprovingTemplate {
  ref: string;
  namespace: string;
  name: string;
  title: string;
}

/** One vector below target and the templates that help to raise it, by title. */
export interface GapImprovement {
  vector: VectorId;
  templates: ImprovingTemplate[];
}

/**
 * The vector ids in an `agile-ops/improves` value, each once, in the order written. Ids are
 * compared without surrounding space and case; an id the rubric does not know is dropped, so a
 * typo leaves the template improving nothing rather than something else.
 */
export function parseImproves(value: string): VectorId[] {
  const ids = value
    .split(',')
    .map(part => part.trim().toLocaleLowerCase('en-US'))
    .filter(isVectorId);
  return [...new Set(ids)];
}

/** The vectors a template says it improves; none when it has no `agile-ops/improves`. */
export function readImproves(template: Entity): VectorId[] {
  const value = template.metadata.annotations?.[IMPROVES_ANNOTATION];
  return typeof value === 'string' ? parseImproves(value) : [];
}

function toTemplate(template: Entity): ImprovingTemplate {
  const { name, title } = template.metadata;
  return {
    ref: stringifyEntityRef(template),
    namespace: template.metadata.namespace ?? DEFAULT_NAMESPACE,
    name,
    title: title || name,
  };
}

/**
 * For each vector below target, in the order of the gaps and once even when several targets
 * miss it, the templates that improve it and apply to the entity by the self-service rule
 * (`agile-ops/applies-to`). Vectors without such a template are left out.
 */
export function selectImprovingTemplates(
  templates: Entity[],
  entity: Entity,
  gaps: ReadonlyArray<Pick<TargetGap, 'vector'>>,
): GapImprovement[] {
  const applicable = templates
    .filter(template => templateAppliesTo(template, entity))
    .map(template => ({
      template: toTemplate(template),
      improves: readImproves(template),
    }))
    .sort((a, b) => a.template.title.localeCompare(b.template.title, 'en'));
  const vectors = [...new Set(gaps.map(gap => gap.vector))];
  return vectors
    .map(vector => ({
      vector,
      templates: applicable
        .filter(candidate => candidate.improves.includes(vector))
        .map(candidate => candidate.template),
    }))
    .filter(improvement => improvement.templates.length > 0);
}
