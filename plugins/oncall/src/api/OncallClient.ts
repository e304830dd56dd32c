import { parseEntityRef } from '@backstage/catalog-model';
import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import { OncallApi } from './OncallApi';

/** `kind/namespace/name` of an entity ref, each part URL-encoded, as `/entities/...` expects. */
function entityPath(ref: string): string {
  const { kind, namespace, name } = parseEntityRef(ref);
  return [kind, namespace, name].map(encodeURIComponent).join('/');
}

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

/** A query string of the parameters that are set, or nothing. */
function query(
  params: Record<string, string | number | boolean | undefined>,
): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined) search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** Request options for a JSON body. */
function jsonBody(method: string, body: unknown): RequestInit {
  return {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  };
}

/**
 * The HTTP client of the on-call backend (`/api/oncall`).
 *
 * @public
 */
export class OncallClient implements OncallApi {
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
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
    this.json('/rotations', jsonBody('POST', request));

  readonly importRotation: OncallApi['importRotation'] = request =>
    this.json('/rotations/import', jsonBody('POST', request));

  readonly addRotationVersion: OncallApi['addRotationVersion'] = (
    rotationId,
    request,
  ) =>
    this.json(
      `${rotationPath(rotationId)}/versions`,
      jsonBody('POST', request),
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
      jsonBody('POST', request),
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
      jsonBody('POST', request),
    );

  readonly listInterrupts: OncallApi['listInterrupts'] = options =>
    this.json(`/interrupts${query({ ...options })}`);

  readonly createInterrupt: OncallApi['createInterrupt'] = request =>
    this.json('/interrupts', jsonBody('POST', request));

  readonly updateInterrupt: OncallApi['updateInterrupt'] = (
    interruptId,
    request,
  ) =>
    this.json(
      `/interrupts/${encodeURIComponent(interruptId)}`,
      jsonBody('PATCH', request),
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
      jsonBody('PUT', request),
    );

  private async json<T>(path: string, init?: RequestInit): Promise<T> {
    const response = await this.request(path, init);
    return (await response.json()) as T;
  }

  /** The list the backend wraps in an object under `key`, such as `{ rotations: [...] }`. */
  private async listed<T>(path: string, key: string): Promise<T> {
    const answer = await this.json<Record<string, T>>(path);
    return answer[key];
  }

  /** A request whose answer has no body to read, such as a DELETE. */
  private async send(path: string, init: RequestInit): Promise<void> {
    await this.request(path, init);
  }

  private async request(path: string, init?: RequestInit): Promise<Response> {
    const baseUrl = await this.discoveryApi.getBaseUrl('oncall');
    const response = await this.fetchApi.fetch(`${baseUrl}${path}`, init);
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return response;
  }
}
