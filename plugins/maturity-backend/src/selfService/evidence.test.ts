import { automationEvidence } from './evidence';

describe('automationEvidence', () => {
  it('has nothing to say without runs in the last 90 days', () => {
    expect(automationEvidence({ last30Days: 0, last90Days: 0 })).toEqual([]);
  });

  it('states the counts and proposes a score for the automation vector', () => {
    expect(automationEvidence({ last30Days: 2, last90Days: 7 })).toEqual([
      {
        vector: 'automation',
        facts: ['7 self-service runs in the last 90 days (2 in the last 30)'],
        proposedScore: 3,
      },
    ]);
  });

  it('speaks of one run in the singular', () => {
    expect(automationEvidence({ last30Days: 0, last90Days: 1 })).toEqual([
      {
        vector: 'automation',
        facts: ['1 self-service run in the last 90 days (0 in the last 30)'],
        proposedScore: 2,
      },
    ]);
  });
});
