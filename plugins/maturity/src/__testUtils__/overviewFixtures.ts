import { Rollup, RollupPage } from '@agile-ops/plugin-maturity-common';
import { fakeMaturityApi } from './fakeMaturityApi';
import { makeRollup } from './fixtures';

export const ORG_REF = 'organization:default/all';

/** Payments, two systems and their entity: the drill-down path of the overview tests. */
export const LEDGER_API = makeRollup({
  ref: 'component:default/ledger-api',
  mean: 2,
  total: 1,
});
export const LEDGER = makeRollup({
  ref: 'system:default/ledger',
  title: 'Ledger',
  mean: 1.5,
  vectors: { stability: 3 },
  children: [LEDGER_API],
});
export const CHECKOUT = makeRollup({
  ref: 'system:default/checkout',
  title: 'Checkout',
  mean: 3.5,
  vectors: { stability: 5 },
  children: [],
});
export const PAYMENTS = makeRollup({
  ref: 'domain:default/payments',
  title: 'Payments',
  mean: 2.5,
  total: 10,
  assessed: 5,
  vectors: { stability: 4, documentation: 1 },
  pulledDownBy: [
    { entityRef: 'component:default/legacy-pay', level: 1 },
    { entityRef: 'component:default/ledger-api', level: 2 },
  ],
  children: [LEDGER, CHECKOUT],
});
export const LOGISTICS = makeRollup({
  ref: 'domain:default/logistics',
  title: 'Logistics',
  mean: 3.2,
  stale: 2,
  vectors: { stability: 2, documentation: 3 },
  children: [],
});
export const IDENTITY = makeRollup({
  ref: 'domain:default/identity',
  title: 'Identity',
  mean: null,
  assessed: 0,
});
export const ORGANIZATION = makeRollup({
  ref: ORG_REF,
  title: 'Acme',
  mean: 2.8,
  children: [PAYMENTS, LOGISTICS, IDENTITY],
});

const SCOPES: Rollup[] = [ORGANIZATION, PAYMENTS, LOGISTICS, LEDGER, CHECKOUT];

/** Owner groups served in two pages. */
export const GROUP_PAGES: RollupPage[] = [
  {
    items: [
      makeRollup({ ref: 'group:default/team-b', title: 'Team B', mean: 2 }),
    ],
    totalItems: 2,
    nextCursor: 'groups-2',
  },
  {
    items: [
      makeRollup({ ref: 'group:default/team-a', title: 'Team A', mean: 4 }),
    ],
    totalItems: 2,
  },
];

/**
 * A maturity API serving the organisation above. The roll-ups of the refs in `held` are only
 * answered once `release()` is called, to look at the page while a drill-down loads.
 */
export function overviewApi(held: string[] = []) {
  let release = () => {};
  const gate = new Promise<void>(resolve => {
    release = resolve;
  });
  const api = fakeMaturityApi({
    getRollup: async ref => {
      if (held.includes(ref)) await gate;
      const scope = SCOPES.find(s => s.scope.entityRef === ref);
      if (!scope) throw new Error(`No scope ${ref}`);
      return scope;
    },
    listRollups: async ({ cursor }) =>
      cursor === 'groups-2' ? GROUP_PAGES[1] : GROUP_PAGES[0],
  });
  return Object.assign(api, { release: () => release() });
}
