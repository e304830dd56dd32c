import {
  entityRefPath as entityPath,
  jsonRequest,
  PluginHttpClient,
  queryString as query,
} from '@agile-ops/common';
import { parseEntityRef } from '@backstage/catalog-model';
import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { OncallApi } from './OncallApi';

/** `namespace/name` of a group ref: the `/teams/...` routes imply the kind. */
function teamPath(groupRef: string): string {
  const { namespace, name } = parseEntityRef(groupRef, {
    defaultKind: 'group',
  });
  return [namespace, name].map(encodeURIComponent).join('/');
}

/** `/rotations/{id}` with the id URL-encoded. */
function rotationPath(rotationId: string): string {
  return `/rotations/${encodeURIComponent(rotationId)}`;
}

/**
 * The HTTP client of the on-call backend (`/api/oncall`).
 *
 * @public
 */
export class OncallClient extends PluginHttpClient implements OncallApi {
  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    super('oncall', options);
  }

  // Each member is typed by the OncallApi member it implements, so the request and answer types
  // are stated once, in the interface.

  readonly getEntityNow: OncallApi['getEntityNow'] = entityRef =>
    this.json(`/entities/${entityPath(entityRef)}/now`);

  readonly listTeamRotations: OncallApi['listTeamRotations'] = groupRef =>
    this.listed(`/teams/${teamPath(groupRef)}/rotations`, 'rotations');

  readonly getRotation: OncallApi['getRotation'] = rotationId =>
    this.json(rotationPath(rotationId));

  readonly createRotation: OncallApi['createRotation'] = request =>
    this.json('/rotations', jsonRequest('POST', request));

  readonly importRotation: OncallApi['importRotation'] = request =>
    this.json('/rotations/import', jsonRequest('POST', request));

  readonly addRotationVersion: OncallApi['addRotationVersion'] = (
    rotationId,
    request,
  ) =>
    this.json(
      `${rotationPath(rotationId)}/versions`,
      jsonRequest('POST', request),
    );

  readonly deleteRotation: OncallApi['deleteRotation'] = rotationId =>
    this.send(rotationPath(rotationId), { method: 'DELETE' });

  readonly getShifts: OncallApi['getShifts'] = (rotationId, window) =>
    this.json(`${rotationPath(rotationId)}/shifts${query({ ...window })}`);

  readonly createFeedToken: OncallApi['createFeedToken'] = rotationId =>
    this.json(`${rotationPath(rotationId)}/feed-token`, { method: 'POST' });

  readonly revokeFeedToken: OncallApi['revokeFeedToken'] = rotationId =>
    this.send(`${rotationPath(rotationId)}/feed-token`, { method: 'DELETE' });

  readonly listOverrides: OncallApi['listOverrides'] = (rotationId, window) =>
    this.listed(
      `${rotationPath(rotationId)}/overrides${query({ ...window })}`,
      'overrides',
    );

  readonly createOverride: OncallApi['createOverride'] = (
    rotationId,
    request,
  ) =>
    this.json(
      `${rotationPath(rotationId)}/overrides`,
      jsonRequest('POST', request),
    );

  readonly deleteOverride: OncallApi['deleteOverride'] = (
    rotationId,
    overrideId,
  ) =>
    this.send(
      `${rotationPath(rotationId)}/overrides/${encodeURIComponent(overrideId)}`,
      { method: 'DELETE' },
    );

  readonly listHandoffs: OncallApi['listHandoffs'] = (rotationId, window) =>
    this.listed(
      `${rotationPath(rotationId)}/handoffs${query({ ...window })}`,
      'handoffs',
    );

  readonly createHandoffNote: OncallApi['createHandoffNote'] = (
    rotationId,
    request,
  ) =>
    this.json(
      `${rotationPath(rotationId)}/handoffs/notes`,
      jsonRequest('POST', request),
    );

  readonly listInterrupts: OncallApi['listInterrupts'] = options =>
    this.json(`/interrupts${query({ ...options })}`);

  readonly createInterrupt: OncallApi['createInterrupt'] = request =>
    this.json('/interrupts', jsonRequest('POST', request));

  readonly updateInterrupt: OncallApi['updateInterrupt'] = (
    interruptId,
    request,
  ) =>
    this.json(
      `/interrupts/${encodeURIComponent(interruptId)}`,
      jsonRequest('PATCH', request),
    );

  readonly deleteInterrupt: OncallApi['deleteInterrupt'] = interruptId =>
    this.send(`/interrupts/${encodeURIComponent(interruptId)}`, {
      method: 'DELETE',
    });

  readonly getInterruptStats: OncallApi['getInterruptStats'] = (
    groupRef,
    window,
  ) =>
    this.json(
      `/teams/${teamPath(groupRef)}/interrupt-stats${query({ ...window })}`,
    );

  readonly getCapacity: OncallApi['getCapacity'] = groupRef =>
    this.json(`/teams/${teamPath(groupRef)}/capacity`);

  readonly setCapacity: OncallApi['setCapacity'] = (groupRef, request) =>
    this.json(
      `/teams/${teamPath(groupRef)}/capacity`,
      jsonRequest('PUT', request),
    );

  /** The list the backend wraps in an object under `key`, such as `{ rotations: [...] }`. */
  private async listed<T>(path: string, key: string): Promise<T> {
    const answer = await this.json<Record<string, T>>(path);
    return answer[key];
  }
}
