import {
  AuthService,
  coreServices,
  createBackendPlugin,
  DiscoveryService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { DEMO_PLAN, demoHistory, DemoLeaf } from './demoHistory';

/** The config key that turns the demo's maturity history on (`./portal start` does). */
export const DEMO_HISTORY_KEY = 'agileOpsDemo.maturityHistory';

const BATCH = 200;
const POLLS = 60;
const POLL_MS = 5_000;

interface CatalogEntity {
  kind: string;
  metadata: { name: string; namespace?: string };
  relations?: Array<{ type: string; targetRef: string }>;
}

const refOf = (e: CatalogEntity) =>
  `${e.kind.toLocaleLowerCase('en-US')}:${e.metadata.namespace ?? 'default'}/${
    e.metadata.name
  }`;
const target = (e: CatalogEntity, type: string) =>
  e.relations?.find(r => r.type === type)?.targetRef;

async function call(
  deps: { auth: AuthService; discovery: DiscoveryService },
  pluginId: string,
  path: string,
  init: RequestInit = {},
) {
  const { token } = await deps.auth.getPluginRequestToken({
    onBehalfOf: await deps.auth.getOwnServiceCredentials(),
    targetPluginId: pluginId,
  });
  const res = await fetch(
    `${await deps.discovery.getBaseUrl(pluginId)}${path}`,
    {
      ...init,
      headers: {
        ...init.headers,
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
      },
      redirect: 'error',
    },
  );
  if (!res.ok) {
    throw new Error(
      `${pluginId}${path} answered ${res.status}: ${await res.text()}`,
    );
  }
  return res.json();
}

async function entitiesOf(
  deps: { auth: AuthService; discovery: DiscoveryService },
  kinds: string[],
): Promise<CatalogEntity[]> {
  // One filter per kind: the catalog ORs repeated filters, and ANDs a filter's parts.
  const query = new URLSearchParams({
    fields: 'kind,metadata.name,metadata.namespace,relations',
    limit: '1000',
  });
  for (const kind of kinds) query.append('filter', `kind=${kind}`);
  const { items } = await call(deps, 'catalog', `/entities/by-query?${query}`);
  return items;
}

// The demo's leaves with their domain and the users of the team that owns each.
async function demoLeaves(deps: {
  auth: AuthService;
  discovery: DiscoveryService;
}): Promise<DemoLeaf[]> {
  const [leaves, systems, users] = await Promise.all([
    entitiesOf(deps, ['component', 'resource']),
    entitiesOf(deps, ['system']),
    entitiesOf(deps, ['user']),
  ]);
  const domainOf = new Map(systems.map(s => [refOf(s), target(s, 'partOf')]));
  const membersOf = new Map<string, string[]>();
  for (const user of users) {
    for (const r of user.relations ?? []) {
      if (r.type !== 'memberOf') continue;
      membersOf.set(r.targetRef, [
        ...(membersOf.get(r.targetRef) ?? []),
        refOf(user),
      ]);
    }
  }
  return leaves.map(leaf => {
    const system = target(leaf, 'partOf');
    return {
      entityRef: refOf(leaf),
      domainRef: system ? domainOf.get(system) : undefined,
      raters: membersOf.get(target(leaf, 'ownedBy') ?? '') ?? [],
    };
  });
}

async function loadHistory(deps: {
  auth: AuthService;
  discovery: DiscoveryService;
  logger: LoggerService;
}) {
  // The catalog ingests the demo locations after start; wait until the count holds still.
  let leaves: DemoLeaf[] = [];
  for (let poll = 0, previous = -1; poll < POLLS; poll++) {
    leaves = await demoLeaves(deps).catch(() => []);
    if (leaves.length > 0 && leaves.length === previous) break;
    previous = leaves.length;
    await new Promise(resolve => setTimeout(resolve, POLL_MS));
  }
  const today = new Date(new Date().toISOString().slice(0, 10));
  const assessments = demoHistory(leaves, { ...DEMO_PLAN, today });
  let imported = 0;
  for (let i = 0; i < assessments.length; i += BATCH) {
    const result = await call(deps, 'maturity', '/import/assessments', {
      method: 'POST',
      body: JSON.stringify({ assessments: assessments.slice(i, i + BATCH) }),
    });
    imported += result.imported;
  }
  deps.logger.info(
    `demo maturity history: ${imported} of ${assessments.length} assessments imported for ${leaves.length} entities (the rest were there already)`,
  );
}

/**
 * Demo only: on start, gives the demo catalog about 18 months of maturity history through the
 * maturity plugin's import route, so that roll-ups, trends and cards have a past from the first
 * minute. The same history on every machine and every start (imported items are skipped).
 */
export const demoHistoryPlugin = createBackendPlugin({
  pluginId: 'demo-history',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        lifecycle: coreServices.rootLifecycle,
        auth: coreServices.auth,
        discovery: coreServices.discovery,
      },
      async init({ config, logger, lifecycle, auth, discovery }) {
        if (!config.getOptionalBoolean(DEMO_HISTORY_KEY)) return;
        lifecycle.addStartupHook(() => {
          loadHistory({ auth, discovery, logger }).catch(error =>
            logger.warn(`demo maturity history not loaded: ${error}`),
          );
        });
      },
    });
  },
});
