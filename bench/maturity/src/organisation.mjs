// The generated organisation: domains, systems, components and resources, nested groups and
// users, derived deterministically from the size so every run builds the same catalog.

import fs from 'node:fs/promises';
import path from 'node:path';
import YAML from 'yaml';

/** An architect: may read and assess everything. It assesses where a team has no members. */
export const GUEST_USER = 'alex.morgan';
export const ARCHITECTS = 'architects';
/**
 * Whom the benchmark signs in as (the guest of its backend config): the first member of the
 * first team, an ordinary owner, so every read and write takes the conditional permission path.
 */
export const OWNER_TEAM = 'team-000';
export const OWNER_USER = 'user-0000';

/** A small seeded PRNG (mulberry32): same seed, same organisation and scores. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n, width) => String(n).padStart(width, '0');

function pick(rand, weighted) {
  let x = rand();
  for (const [value, weight] of weighted) {
    x -= weight;
    if (x < 0) return value;
  }
  return weighted[weighted.length - 1][0];
}

/**
 * Groups nest four deep: the organisation, departments (plus the architects), areas, teams.
 * Domains belong to departments, systems to areas, components and resources to teams.
 */
function buildGroups(total) {
  const departments = Math.max(2, Math.round(total / 33));
  const areas = departments * 4;
  const teams = total - 1 - departments - 1 - areas;
  if (teams < areas) throw new Error(`too few groups (${total}) to nest`);
  const groups = [{ name: 'org', type: 'organization', parent: null }];
  for (let d = 0; d < departments; d++) {
    groups.push({
      name: `dept-${pad(d, 2)}`,
      type: 'department',
      parent: 'org',
    });
  }
  groups.push({ name: ARCHITECTS, type: 'team', parent: 'org' });
  for (let a = 0; a < areas; a++) {
    groups.push({
      name: `area-${pad(a, 3)}`,
      type: 'area',
      parent: `dept-${pad(a % departments, 2)}`,
    });
  }
  for (let t = 0; t < teams; t++) {
    groups.push({
      name: `team-${pad(t, 3)}`,
      type: 'team',
      parent: `area-${pad(t % areas, 3)}`,
    });
  }
  return groups;
}

/** The whole organisation as plain data; the catalog YAML and the score tables use it. */
export function buildOrganisation(size) {
  const rand = random(20261128);
  const groups = buildGroups(size.groups);
  const byType = type =>
    groups.filter(g => g.type === type && g.name !== ARCHITECTS);
  const departments = byType('department');
  const areas = byType('area');
  const teams = byType('team');

  const users = [{ name: GUEST_USER, memberOf: ARCHITECTS }];
  teams.forEach((team, t) => {
    for (let u = 0; u < size.usersPerTeam; u++) {
      users.push({
        name: `user-${pad(t * size.usersPerTeam + u, 4)}`,
        memberOf: team.name,
      });
    }
  });
  if (!users.some(u => u.name === OWNER_USER && u.memberOf === OWNER_TEAM)) {
    throw new Error(`${OWNER_USER} must be a member of ${OWNER_TEAM}`);
  }
  const membersOf = new Map();
  for (const user of users) {
    membersOf.set(user.memberOf, [
      ...(membersOf.get(user.memberOf) ?? []),
      user.name,
    ]);
  }

  const domains = [];
  const systems = [];
  const leaves = [];
  for (let d = 0; d < size.domains; d++) {
    const domain = {
      name: `dom-${pad(d, 2)}`,
      owner: departments[d % departments.length].name,
    };
    domains.push(domain);
    for (let s = 0; s < size.systemsPerDomain; s++) {
      const index = systems.length;
      const system = {
        name: `sys-${pad(index, 4)}`,
        domain: domain.name,
        owner: areas[index % areas.length].name,
      };
      systems.push(system);
      for (let l = 0; l < size.leavesPerSystem; l++) {
        const n = leaves.length;
        // Seven in ten are components, the rest resources, as in a typical service estate.
        const isComponent = l < Math.ceil(size.leavesPerSystem * 0.7);
        // Each system's parts are shared by two neighbouring teams.
        const team = teams[(index * 2 + (l % 2)) % teams.length].name;
        const members = membersOf.get(team) ?? [GUEST_USER];
        leaves.push({
          kind: isComponent ? 'component' : 'resource',
          name: `${isComponent ? 'svc' : 'res'}-${pad(n, 5)}`,
          type: isComponent
            ? pick(rand, [
                ['service', 0.7],
                ['website', 0.15],
                ['library', 0.15],
              ])
            : pick(rand, [
                ['database', 0.5],
                ['queue', 0.3],
                ['bucket', 0.2],
              ]),
          system: system.name,
          domain: domain.name,
          owner: team,
          assessor: members[n % members.length],
          tier: pick(rand, [
            ['tier-1', 0.15],
            ['tier-2', 0.35],
            ['tier-3', 0.4],
            [null, 0.1],
          ]),
          lifecycle: pick(rand, [
            ['production', 0.7],
            ['experimental', 0.2],
            ['deprecated', 0.1],
          ]),
        });
      }
    }
  }
  return { groups, users, domains, systems, leaves };
}

/** Entities the catalog will hold once it has read the YAML (Location entities aside). */
export function catalogCounts(org) {
  return {
    domain: org.domains.length,
    system: org.systems.length,
    component: org.leaves.filter(l => l.kind === 'component').length,
    resource: org.leaves.filter(l => l.kind === 'resource').length,
    group: org.groups.length,
    user: org.users.length,
  };
}

const doc = (kind, metadata, spec) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata,
  spec,
});

/** Writes the organisation as catalog YAML: one file for people, one per domain, one index. */
export async function writeCatalog(org, dir) {
  await fs.rm(dir, { recursive: true, force: true });
  await fs.mkdir(dir, { recursive: true });
  const write = (file, docs) =>
    fs.writeFile(
      path.join(dir, file),
      docs.map(d => YAML.stringify(d)).join('---\n'),
    );

  const childrenOf = new Map();
  for (const g of org.groups) {
    if (g.parent)
      childrenOf.set(g.parent, [...(childrenOf.get(g.parent) ?? []), g.name]);
  }
  await write('org.yaml', [
    ...org.groups.map(g =>
      doc(
        'Group',
        { name: g.name },
        {
          type: g.type,
          ...(g.parent ? { parent: g.parent } : {}),
          children: childrenOf.get(g.name) ?? [],
        },
      ),
    ),
    ...org.users.map(u =>
      doc('User', { name: u.name }, { memberOf: [u.memberOf] }),
    ),
  ]);

  const files = ['./org.yaml'];
  for (const domain of org.domains) {
    const systems = org.systems.filter(s => s.domain === domain.name);
    const leaves = org.leaves.filter(l => l.domain === domain.name);
    await write(`${domain.name}.yaml`, [
      doc('Domain', { name: domain.name }, { owner: domain.owner }),
      ...systems.map(s =>
        doc('System', { name: s.name }, { owner: s.owner, domain: s.domain }),
      ),
      ...leaves.map(l =>
        doc(
          l.kind === 'component' ? 'Component' : 'Resource',
          {
            name: l.name,
            ...(l.tier ? { annotations: { 'agile-ops/tier': l.tier } } : {}),
          },
          {
            type: l.type,
            lifecycle: l.lifecycle,
            owner: l.owner,
            system: l.system,
          },
        ),
      ),
    ]);
    files.push(`./${domain.name}.yaml`);
  }
  const index = path.join(dir, 'all.yaml');
  await fs.writeFile(
    index,
    YAML.stringify(
      doc(
        'Location',
        {
          name: 'bench-maturity',
          description: 'Generated benchmark organisation',
        },
        { targets: files },
      ),
    ),
  );
  return index;
}
