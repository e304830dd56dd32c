import {
  SelfServiceRun,
  SelfServiceUsage,
} from '@agile-ops/plugin-maturity-common';
import { Entity } from '@backstage/catalog-model';
import { APPLIES_TO_ANNOTATION } from '../lib/appliesTo';

/** The entity most card tests render for. */
export const ENTITY_REF = 'component:default/payments';

/** A catalog entity; a production service component unless told otherwise. */
export function makeEntity(
  options: {
    kind?: string;
    name?: string;
    namespace?: string;
    type?: string;
    lifecycle?: string;
    tags?: string[];
    title?: string;
  } = {},
): Entity {
  const spec: Record<string, string> = {};
  const type = 'type' in options ? options.type : 'service';
  const lifecycle = 'lifecycle' in options ? options.lifecycle : 'production';
  if (type !== undefined) spec.type = type;
  if (lifecycle !== undefined) spec.lifecycle = lifecycle;
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: options.kind ?? 'Component',
    metadata: {
      name: options.name ?? 'payments',
      ...(options.namespace ? { namespace: options.namespace } : {}),
      ...(options.title ? { title: options.title } : {}),
      ...(options.tags ? { tags: options.tags } : {}),
    },
    spec,
  };
}

/**
 * A scaffolder template; `appliesTo` is the raw annotation value (an object is JSON-encoded,
 * which is YAML too), and `null` leaves the annotation out.
 */
export function makeTemplate(
  name: string,
  appliesTo: string | object | null,
  options: { title?: string; description?: string; namespace?: string } = {},
): Entity {
  const annotations: Record<string, string> = {};
  if (appliesTo !== null) {
    annotations[APPLIES_TO_ANNOTATION] =
      typeof appliesTo === 'string' ? appliesTo : JSON.stringify(appliesTo);
  }
  return {
    apiVersion: 'scaffolder.backstage.io/v1beta3',
    kind: 'Template',
    metadata: {
      name,
      ...(options.namespace ? { namespace: options.namespace } : {}),
      ...(options.title ? { title: options.title } : {}),
      ...(options.description ? { description: options.description } : {}),
      annotations,
    },
    spec: { type: 'service', steps: [] },
  };
}

/** A recorded run of a template for the test entity. */
export function makeRun(
  overrides: Partial<SelfServiceRun> & { id: string },
): SelfServiceRun {
  return {
    entityRef: ENTITY_REF,
    templateRef: 'template:default/add-runbook',
    taskId: `task-${overrides.id}`,
    runBy: 'user:default/alice',
    ranAt: '2026-03-01T12:00:00.000Z',
    ...overrides,
  };
}

/** The usage answer of the maturity backend. */
export function makeUsage(
  runs: SelfServiceUsage['runs'] = { last30Days: 0, last90Days: 0 },
  recent: SelfServiceRun[] = [],
): SelfServiceUsage {
  return { entityRef: ENTITY_REF, runs, recent };
}
