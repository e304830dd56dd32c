import { NowResponse, RoleCoverage } from '@agile-ops/plugin-oncall-common';
import { escalationSteps } from './escalation';

function coverage(role: string, user: string | null): RoleCoverage {
  return {
    role,
    rotationId: `rot-${role}`,
    rotationName: role,
    user,
    since: null,
    until: null,
    next: null,
    timezone: 'UTC',
    override: false,
  };
}

function now(roles: RoleCoverage[], escalation: string[]): NowResponse {
  return {
    entityRef: 'component:default/payments',
    team: 'group:default/team-payments',
    resolvedVia: 'owner',
    roles,
    escalation,
  };
}

describe('escalationSteps', () => {
  it('keeps the backend order and says why each person is in the chain', () => {
    const steps = escalationSteps(
      now(
        [
          coverage('potw', 'user:default/alice'),
          coverage('primary', 'user:default/bob'),
          coverage('secondary', 'user:default/alice'),
          coverage('db-expert', 'user:default/dave'),
        ],
        ['user:default/alice', 'user:default/bob', 'user:default/lead'],
      ),
    );
    expect(steps).toEqual([
      {
        user: 'user:default/alice',
        reasons: ['Person of the Week', 'Secondary on-call'],
      },
      { user: 'user:default/bob', reasons: ['Primary on-call'] },
      { user: 'user:default/lead', reasons: ['Group lead'] },
    ]);
  });

  it('is empty when the backend names nobody', () => {
    expect(escalationSteps(now([coverage('potw', null)], []))).toEqual([]);
  });
});
