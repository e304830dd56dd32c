import { validateOverride } from './override';
import {
  validateRotation,
  validateRotationVersion,
  validateRotationVersions,
  validateTimezone,
} from './rotation';
import { override, rotation, version } from './testFixtures';

describe('validateRotationVersion', () => {
  it('accepts a well-formed version', () => {
    expect(() => validateRotationVersion(version())).not.toThrow();
    expect(() =>
      validateRotationVersion(
        version({ role: 'weekend-support', shiftLength: 'P1DT12H' }),
      ),
    ).not.toThrow();
  });

  it.each([
    [
      { timezone: 'Mars/Base' },
      'timezone "Mars/Base" is not an IANA time zone',
    ],
    [{ timezone: '+02:00' }, 'timezone "+02:00" is not an IANA time zone'],
    [{ participants: [] }, 'participants must not be empty'],
    [
      { participants: ['user:default/a', 'bob'] },
      'participants[1] must be a user entity ref like "user:default/jane", got "bob"',
    ],
    [
      { shiftLength: 'PT0S' },
      'shiftLength must be a positive ISO 8601 duration',
    ],
    [
      { shiftLength: 'one week' },
      'shiftLength must be a positive ISO 8601 duration',
    ],
    [
      { shiftLength: 'PT1.5H' },
      'shiftLength must be a positive ISO 8601 duration',
    ],
    [{ shiftLength: 'PT30M' }, 'shiftLength must be at least PT1H'],
    [
      { handoff: { weekday: 0, time: '09:00' } },
      'handoff.weekday must be an integer from 1 (Monday) to 7 (Sunday), got 0',
    ],
    [
      { handoff: { weekday: 1, time: '9:00' } },
      'handoff.time must be a local time "HH:mm"',
    ],
    [
      { handoff: { weekday: 1, time: '24:00' } },
      'handoff.time must be a local time "HH:mm"',
    ],
    [
      { startDate: '2026-02-30' },
      'startDate must be a calendar date "YYYY-MM-DD", got "2026-02-30"',
    ],
    [
      { effectiveFrom: '2026-03-01T09:00' },
      'effectiveFrom must be an ISO 8601 date-time with an offset or Z',
    ],
    [{ role: 'On Call' }, 'role must be "potw", "primary", "secondary"'],
  ])('rejects %j naming the field', (fields, message) => {
    expect(() => validateRotationVersion(version(fields))).toThrow(message);
  });

  it('prefixes the path of a nested version', () => {
    expect(() =>
      validateRotationVersion(
        version({ timezone: 'Mars/Base' }),
        'versions[2]',
      ),
    ).toThrow('versions[2].timezone "Mars/Base" is not an IANA time zone');
  });

  it('uses RangeError for bad values and TypeError for bad shapes', () => {
    expect(() =>
      validateRotationVersion(version({ participants: [] })),
    ).toThrow(RangeError);
    expect(() => validateRotationVersion('weekly')).toThrow(TypeError);
  });
});

describe('validateRotationVersions', () => {
  it('rejects two versions taking effect at the same instant', () => {
    expect(() =>
      validateRotationVersions([
        version({ effectiveFrom: '2026-03-01T10:00:00+01:00' }),
        version({ effectiveFrom: '2026-03-01T09:00:00Z' }),
      ]),
    ).toThrow(
      'versions[1].effectiveFrom is the same instant as versions[0].effectiveFrom',
    );
  });
});

describe('validateRotation', () => {
  it('accepts a rotation without versions', () => {
    expect(() => validateRotation(rotation([]))).not.toThrow();
  });

  it('requires a group owner', () => {
    expect(() =>
      validateRotation({ ...rotation(), owner: 'user:default/alice' }),
    ).toThrow('owner must be a group entity ref like "group:default/team-a"');
  });

  it('names the bad version', () => {
    expect(() =>
      validateRotation(rotation([version(), version({ participants: [] })])),
    ).toThrow('versions[1].participants must not be empty');
  });
});

describe('validateTimezone', () => {
  it.each([
    'Europe/Berlin',
    'UTC',
    'America/Argentina/Buenos_Aires',
    'Etc/GMT+5',
  ])('accepts %s', zone => expect(() => validateTimezone(zone)).not.toThrow());
});

describe('validateOverride', () => {
  it('accepts a well-formed override', () => {
    expect(() =>
      validateOverride(
        override({ replaces: 'user:default/bob', reason: 'ill' }),
      ),
    ).not.toThrow();
  });

  it.each([
    [{ end: '2026-03-10T00:00:00Z' }, 'end must be after start'],
    [{ user: 'carol' }, 'user must be a user entity ref'],
    [{ replaces: 'group:default/x' }, 'replaces must be a user entity ref'],
    [{ start: 'yesterday' }, 'start must be an ISO 8601 date-time'],
    [{ createdAt: undefined }, 'createdAt must be an ISO 8601 date-time'],
    [{ id: '' }, 'id must be a non-empty string'],
  ])('rejects %j naming the field', (fields, message) => {
    expect(() => validateOverride(override(fields))).toThrow(message);
  });

  it('prefixes the path', () => {
    expect(() =>
      validateOverride(override({ user: 'x' }), 'overrides[3]'),
    ).toThrow('overrides[3].user must be a user entity ref');
  });
});
