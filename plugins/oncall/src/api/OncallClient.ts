import {
  AddRotationVersionRequest,
  CreateHandoffNoteRequest,
  CreateInterruptRequest,
  CreateOverrideRequest,
  CreateRotationRequest,
  FeedTokenResponse,
  HandoffNote,
  HandoffWithNotes,
  ImportRotationRequest,
  Interrupt,
  InterruptsResponse,
  InterruptStatsResponse,
  NowResponse,
  Override,
  RotationResponse,
  SetCapacityRequest,
  ShiftsResponse,
  TeamCapacity,
  UpdateInterruptRequest,
} from '@agile-ops/plugin-oncall-common';
import { parseEntityRef } from '@backstage/catalog-model';
import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import { ListInterruptsOptions, OncallApi, TimeWindow } from './OncallApi';

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

  getEntityNow(entityRef: string): Promise<NowResponse> {
    return this.json(`/entities/${entityPath(entityRef)}/now`);
  }

  async listTeamRotations(groupRef: string): Promise<RotationResponse[]> {
    const answer = await this.json<{ rotations: RotationResponse[] }>(
      `/teams/${teamPath(groupRef)}/rotations`,
    );
    return answer.rotations;
  }

  getRotation(rotationId: string): Promise<RotationResponse> {
    return this.json(rotationPath(rotationId));
  }

  createRotation(request: CreateRotationRequest): Promise<RotationResponse> {
    return this.json('/rotations', jsonBody('POST', request));
  }

  importRotation(request: ImportRotationRequest): Promise<RotationResponse> {
    return this.json('/rotations/import', jsonBody('POST', request));
  }

  addRotationVersion(
    rotationId: string,
    request: AddRotationVersionRequest,
  ): Promise<RotationResponse> {
    return this.json(
      `${rotationPath(rotationId)}/versions`,
      jsonBody('POST', request),
    );
  }

  async deleteRotation(rotationId: string): Promise<void> {
    await this.request(rotationPath(rotationId), { method: 'DELETE' });
  }

  getShifts(rotationId: string, window: TimeWindow): Promise<ShiftsResponse> {
    return this.json(
      `${rotationPath(rotationId)}/shifts${query({ ...window })}`,
    );
  }

  createFeedToken(rotationId: string): Promise<FeedTokenResponse> {
    return this.json(`${rotationPath(rotationId)}/feed-token`, {
      method: 'POST',
    });
  }

  async revokeFeedToken(rotationId: string): Promise<void> {
    await this.request(`${rotationPath(rotationId)}/feed-token`, {
      method: 'DELETE',
    });
  }

  async listOverrides(
    rotationId: string,
    window: TimeWindow,
  ): Promise<Override[]> {
    const answer = await this.json<{ overrides: Override[] }>(
      `${rotationPath(rotationId)}/overrides${query({ ...window })}`,
    );
    return answer.overrides;
  }

  createOverride(
    rotationId: string,
    request: CreateOverrideRequest,
  ): Promise<Override> {
    return this.json(
      `${rotationPath(rotationId)}/overrides`,
      jsonBody('POST', request),
    );
  }

  async deleteOverride(rotationId: string, overrideId: string): Promise<void> {
    await this.request(
      `${rotationPath(rotationId)}/overrides/${encodeURIComponent(overrideId)}`,
      { method: 'DELETE' },
    );
  }

  async listHandoffs(
    rotationId: string,
    window: TimeWindow,
  ): Promise<HandoffWithNotes[]> {
    const answer = await this.json<{ handoffs: HandoffWithNotes[] }>(
      `${rotationPath(rotationId)}/handoffs${query({ ...window })}`,
    );
    return answer.handoffs;
  }

  createHandoffNote(
    rotationId: string,
    request: CreateHandoffNoteRequest,
  ): Promise<HandoffNote> {
    return this.json(
      `${rotationPath(rotationId)}/handoffs/notes`,
      jsonBody('POST', request),
    );
  }

  listInterrupts(options: ListInterruptsOptions): Promise<InterruptsResponse> {
    return this.json(`/interrupts${query({ ...options })}`);
  }

  createInterrupt(request: CreateInterruptRequest): Promise<Interrupt> {
    return this.json('/interrupts', jsonBody('POST', request));
  }

  updateInterrupt(
    interruptId: string,
    request: UpdateInterruptRequest,
  ): Promise<Interrupt> {
    return this.json(
      `/interrupts/${encodeURIComponent(interruptId)}`,
      jsonBody('PATCH', request),
    );
  }

  async deleteInterrupt(interruptId: string): Promise<void> {
    await this.request(`/interrupts/${encodeURIComponent(interruptId)}`, {
      method: 'DELETE',
    });
  }

  getInterruptStats(
    groupRef: string,
    window: TimeWindow,
  ): Promise<InterruptStatsResponse> {
    return this.json(
      `/teams/${teamPath(groupRef)}/interrupt-stats${query({ ...window })}`,
    );
  }

  getCapacity(groupRef: string): Promise<TeamCapacity> {
    return this.json(`/teams/${teamPath(groupRef)}/capacity`);
  }

  setCapacity(
    groupRef: string,
    request: SetCapacityRequest,
  ): Promise<TeamCapacity> {
    return this.json(
      `/teams/${teamPath(groupRef)}/capacity`,
      jsonBody('PUT', request),
    );
  }

  private async json<T>(path: string, init?: RequestInit): Promise<T> {
    const response = await this.request(path, init);
    return (await response.json()) as T;
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
