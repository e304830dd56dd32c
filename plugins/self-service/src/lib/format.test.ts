import { ignoredTemplatesText, runCountText } from './format';

describe('runCountText', () => {
  it('gives both windows on one line', () => {
    expect(runCountText({ last30Days: 3, last90Days: 7 })).toBe(
      '3 runs in the last 30 days · 7 in 90 days',
    );
  });

  it('says "run" for one and "runs" for none', () => {
    expect(runCountText({ last30Days: 1, last90Days: 1 })).toBe(
      '1 run in the last 30 days · 1 in 90 days',
    );
    expect(runCountText({ last30Days: 0, last90Days: 4 })).toBe(
      '0 runs in the last 30 days · 4 in 90 days',
    );
  });
});

describe('ignoredTemplatesText', () => {
  it('counts the templates skipped for a malformed annotation', () => {
    expect(ignoredTemplatesText(1)).toBe(
      '1 template ignored: its agile-ops/applies-to annotation cannot be read',
    );
    expect(ignoredTemplatesText(2)).toBe(
      '2 templates ignored: their agile-ops/applies-to annotation cannot be read',
    );
  });
});
