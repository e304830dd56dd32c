import {
  RotationResponse,
  RotationVersion,
} from '@agile-ops/plugin-oncall-common';
import { rotationPeople } from './rotationPeople';

const version = (
  effectiveFrom: string,
  participants: string[],
): RotationVersion => ({
  effectiveFrom,
  participants,
  timezone: 'UTC',
  role: 'potw',
  handoff: { weekday: 1, time: '09:00' },
  shiftLength: 'P1W',
  startDate: '2026-01-05',
});

const rotation = (
  versions: RotationVersion[],
  source: 'rules' | 'ical' = 'rules',
): RotationResponse => ({
  id: 'rot-1',
  owner: 'group:default/team-a',
  name: 'Team A PoTW',
  role: 'potw',
  timezone: 'UTC',
  source,
  versions,
  createdBy: 'user:default/jo',
  createdAt: '2026-01-01T00:00:00.000Z',
});

const NOW = new Date('2026-06-01T00:00:00Z');

describe('rotationPeople', () => {
  it('counts the participants of the version in force, once each', () => {
    const rot = rotation([
      version('2026-01-01T00:00:00Z', ['user:default/jo']),
      version('2026-05-01T00:00:00Z', [
        'user:default/jo',
        'user:default/sam',
        'user:default/JO',
      ]),
      version('2026-07-01T00:00:00Z', [
        'user:default/jo',
        'user:default/sam',
        'user:default/kim',
      ]),
    ]);

    expect(rotationPeople(rot, NOW)).toBe(2);
  });

  it('counts the first version of a rotation that has not started', () => {
    const rot = rotation([
      version('2026-07-01T00:00:00Z', [
        'user:default/jo',
        'user:default/sam',
        'user:default/kim',
      ]),
    ]);

    expect(rotationPeople(rot, NOW)).toBe(3);
  });

  it('counts who has shifts for an imported schedule', () => {
    const shift = (user: string) => ({
      user,
      start: '2026-06-01T00:00:00Z',
      end: '2026-06-02T00:00:00Z',
      source: 'override' as const,
    });

    expect(
      rotationPeople(rotation([], 'ical'), NOW, [
        shift('user:default/jo'),
        shift('user:default/sam'),
        shift('user:default/jo'),
      ]),
    ).toBe(2);
    expect(rotationPeople(rotation([], 'ical'), NOW)).toBe(0);
  });
});
