import { OncallImportRequestSchema } from '@agile-ops/plugin-oncall-common';
import { DEMO_CATALOG_LOCATION } from '@agile-ops/test-utils';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import {
  DEMO_CREATOR,
  demoOncallImport,
  demoOncallRefs,
  nameUuid,
  parseDemoOncall,
} from './demoOncall';

const DEMO_FILE = resolve(dirname(DEMO_CATALOG_LOCATION), 'oncall/demo.yaml');
const demo = parseDemoOncall(readFileSync(DEMO_FILE, 'utf8'));

const DAY = 86_400_000;
const NOW = new Date('2026-03-20T10:15:30.250Z');

describe('nameUuid', () => {
  it('is the RFC 4122 version 5 UUID of a name', () => {
    // The example of RFC 9562 (which replaces RFC 4122), appendix A.4: DNS namespace.
    expect(
      nameUuid('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8'),
    ).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });
});

describe('the demo on-call data', () => {
  it('has rotations and interrupts', () => {
    expect(demo.rotations.length).toBeGreaterThan(0);
    expect(demo.interrupts.length).toBeGreaterThan(0);
  });

  it('becomes an import request the on-call contract accepts, relative to now', () => {
    const body = demoOncallImport(demo, NOW);

    expect(OncallImportRequestSchema.parse(body)).toEqual(body);
    expect(body.rotations).toEqual(
      demo.rotations.map(rotation => ({
        ...rotation,
        createdBy: DEMO_CREATOR,
      })),
    );
    expect(body.interrupts).toHaveLength(demo.interrupts.length);
    body.interrupts!.forEach((entry, i) => {
      const { daysAgo, resolvedAfterDays, ...given } = demo.interrupts[i];
      const receivedAt = NOW.getTime() - daysAgo * DAY;
      expect(entry).toEqual({
        ...given,
        id: expect.stringMatching(
          /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
        ),
        receivedAt: new Date(receivedAt).toISOString(),
        ...(resolvedAfterDays === undefined
          ? {}
          : {
              resolvedAt: new Date(
                receivedAt + resolvedAfterDays * DAY,
              ).toISOString(),
            }),
        createdBy: DEMO_CREATOR,
      });
    });
    // The import takes at most 500 items; the demo sends them in one request.
    expect(body.rotations!.length + body.interrupts!.length).toBeLessThan(500);
  });

  it('gives every interrupt its own id, the same on every start', () => {
    const ids = (now: Date) =>
      demoOncallImport(demo, now).interrupts!.map(entry => entry.id);
    expect(new Set(ids(NOW)).size).toBe(demo.interrupts.length);
    expect(ids(new Date(NOW.getTime() + 3 * DAY))).toEqual(ids(NOW));
  });

  it('names the teams, people and entities the catalog must have first', () => {
    const refs = demoOncallRefs(demo);
    expect(new Set(refs).size).toBe(refs.length);
    expect(refs).toEqual(
      expect.arrayContaining([
        'group:default/team-payments',
        'group:default/team-fraud-signals',
        'user:default/alex.morgan',
        'component:default/fraud-scoring-service',
      ]),
    );
    for (const rotation of demo.rotations) {
      expect(refs).toEqual(
        expect.arrayContaining([
          rotation.owner,
          ...rotation.version.participants,
        ]),
      );
    }
  });

  it.each([
    ['rotations: {}\n', /^rotations must be a list$/],
    [
      'interrupts:\n  - { team: group:default/a, title: x, category: alert }\n',
      /^interrupts\[0\]\.daysAgo must be a number of days, at least 0$/,
    ],
    [
      'interrupts:\n  - { team: group:default/a, title: x, category: alert, daysAgo: 2, resolvedAfterDays: -1 }\n',
      /^interrupts\[0\]\.resolvedAfterDays must be a number of days, at least 0$/,
    ],
  ])('refuses a file that cannot be placed in time: %j', (text, message) => {
    expect(() => parseDemoOncall(text)).toThrow(message);
  });

  it('reads an empty file as no data', () => {
    expect(parseDemoOncall('# nothing yet\n')).toEqual({
      rotations: [],
      interrupts: [],
    });
  });
});
