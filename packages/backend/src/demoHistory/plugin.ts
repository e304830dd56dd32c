import { callPlugin, PluginCallDeps } from '../demoData/callPlugin';
import { createDemoDataPlugin, DemoDataDeps } from '../demoData/demoDataPlugin';
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

async function entitiesOf(
  deps: PluginCallDeps,
  kinds: string[],
): Promise<CatalogEntity[]> {
  // One filter per kind: the catalog ORs repeated filters, and ANDs a filter's parts.
  const query = new URLSearchParams({
    fields: 'kind,metadata.name,metadata.namespace,relations',
    limit: '1000',
  });
  for (const kind of kinds) query.append('filter', `kind=${kind}`);
  const { items } = await callPlugin(
    deps,
    'catalog',
    `/entities/by-query?${query}`,
  );
  return items;
}

// The demo's leaves with their domain and the users of the team that owns each.
async function demoLeaves(deps: PluginCallDeps): Promise<DemoLeaf[]> {
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

async function loadHistory(deps: DemoDataDeps) {
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
    const result = await callPlugin(deps, 'maturity', '/import/assessments', {
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
export const demoHistoryPlugin = createDemoDataPlugin({
  pluginId: 'demo-history',
  what: 'demo maturity history',
  prepare: async config =>
    config.getOptionalBoolean(DEMO_HISTORY_KEY) ? loadHistory : undefined,
});
