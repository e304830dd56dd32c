import { NowResponse, RoleCoverage } from '@agile-ops/plugin-oncall-common';
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  CompoundEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { entityPath, PluginApiClient } from '../api/PluginApiClient';

/** Reads `GET /api/oncall/entities/{kind}/{namespace}/{name}/now` for an entity or a group. */
export function fetchNow(
  api: PluginApiClient,
  ref: CompoundEntityRef,
  credentials: BackstageCredentials,
  signal?: AbortSignal,
): Promise<NowResponse> {
  return api.request<NowResponse>({
    pluginId: 'oncall',
    method: 'GET',
    path: `${entityPath(ref)}/now`,
    credentials,
    signal,
  });
}

/** The rotation of `role` that covers the entity; throws naming what was found instead. */
export function rotationForRole(now: NowResponse, role: string): RoleCoverage {
  const coverage = now.roles.find(r => r.role === role);
  if (coverage) {
    return coverage;
  }
  if (!now.team) {
    throw new InputError(
      `No team found for ${now.entityRef}: give it an owner group or the agile-ops/oncall-team annotation`,
    );
  }
  const roles = now.roles.map(r => r.role);
  throw new InputError(
    `${now.team} has no ${role} rotation${
      roles.length ? ` (its rotations: ${roles.join(', ')})` : ''
    }`,
  );
}

/** The team of an entity, from the on-call plugin; throws when the entity has none. */
export function teamOf(now: NowResponse, ref: CompoundEntityRef): string {
  if (!now.team) {
    throw new InputError(
      `No team found for ${stringifyEntityRef(
        ref,
      )}: pass team, or give the entity an owner group or the agile-ops/oncall-team annotation`,
    );
  }
  return now.team;
}
