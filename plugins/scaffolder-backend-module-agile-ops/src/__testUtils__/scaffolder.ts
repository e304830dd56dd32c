import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import scaffolderPlugin from '@backstage/plugin-scaffolder-backend';
import { JsonObject } from '@backstage/types';
import { stripVTControlCharacters } from 'node:util';
import request from 'supertest';
import { scaffolderModuleAgileOps } from '../module';

/** One step of a template, as written in its YAML. */
export interface TemplateStep extends JsonObject {
  id: string;
  action: string;
  input: JsonObject;
}

/** What the scaffolder's dry-run API answered. */
export interface DryRunAnswer {
  status: number;
  /** The message of the error that failed the run, if one did. */
  error?: string;
  /** The messages the steps logged, without the logger's colours and level. */
  log: string[];
}

/** A template without parameters that runs `steps`. */
export function templateOf(...steps: TemplateStep[]): JsonObject {
  return {
    apiVersion: 'scaffolder.backstage.io/v1beta3',
    kind: 'Template',
    metadata: { name: 'under-test' },
    spec: { type: 'test', steps },
  };
}

/**
 * Starts a backend with the real scaffolder, the (empty) catalog it reads the user from and
 * this module, so a test sees what the scaffolder does with a step before its handler runs:
 * render the templated input, then validate it against the action's JSON schema.
 */
export async function startScaffolder() {
  const backend = await startTestBackend({
    features: [
      catalogPlugin,
      scaffolderPlugin,
      scaffolderModuleAgileOps,
      mockServices.rootConfig.factory({ data: {} }),
    ],
  });

  return {
    /** Dry-runs `template` with `values` as its parameters, as the template editor does. */
    async dryRun(
      template: JsonObject,
      values: JsonObject = {},
    ): Promise<DryRunAnswer> {
      const res = await request(backend.server)
        .post('/api/scaffolder/v2/dry-run')
        .set('Authorization', mockCredentials.user.header())
        .send({ template, values, secrets: {}, directoryContents: [] });
      const log = (res.body.log ?? []) as Array<{ body: { message: string } }>;
      return {
        status: res.status,
        error: res.body.error?.message,
        log: log.map(entry => plain(entry.body.message)),
      };
    },
    stop: () => backend.stop(),
  };
}

// The step logger writes `<coloured level>: <message>`.
function plain(message: string): string {
  return stripVTControlCharacters(message).replace(
    /^(info|warn|error|debug): /,
    '',
  );
}
