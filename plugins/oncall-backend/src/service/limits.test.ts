import { ConfigReader } from '@backstage/config';
import { DEFAULT_IMPORT_LIMITS, readImportLimits } from './limits';

describe('readImportLimits', () => {
  it('takes the defaults for keys not set', () => {
    expect(readImportLimits(new ConfigReader({}))).toEqual(
      DEFAULT_IMPORT_LIMITS,
    );
  });

  it('reads oncall.import', () => {
    // The caps are read as they are written; only the durations change form.
    const caps = {
      maxConcurrent: 4,
      maxCharacters: 500_000,
      maxEvents: 50,
      maxAttendees: 10,
      maxOccurrences: 1_000,
      maxSteps: 5_000,
    };
    const config = new ConfigReader({
      oncall: {
        import: { timeLimit: 'PT2.5S', startLimit: 'PT10S', ...caps },
      },
    });
    expect(readImportLimits(config)).toEqual({
      timeLimitMs: 2_500,
      startLimitMs: 10_000,
      ...caps,
    });
  });

  it('refuses values that would switch a cap off', () => {
    expect(() =>
      readImportLimits(
        new ConfigReader({ oncall: { import: { maxConcurrent: 0 } } }),
      ),
    ).toThrow(
      'oncall.import.maxConcurrent must be a whole number of at least 1, got 0',
    );
    expect(() =>
      readImportLimits(
        new ConfigReader({ oncall: { import: { timeLimit: 'soon' } } }),
      ),
    ).toThrow(
      'oncall.import.timeLimit must be a positive ISO 8601 duration such as PT1.5S of at most 5000 ms, got "soon"',
    );
    expect(() =>
      readImportLimits(
        new ConfigReader({ oncall: { import: { timeLimit: 'PT10S' } } }),
      ),
    ).toThrow(/timeLimit .* of at most 5000 ms, got "PT10S"/);
  });
});
