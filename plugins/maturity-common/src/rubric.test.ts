import { RUBRIC_VERSION } from './rubric';

describe('RUBRIC_VERSION', () => {
  it('is a YYYY-MM string, the format stored with every score', () => {
    expect(RUBRIC_VERSION).toMatch(/^\d{4}-(0[1-9]|1[0-2])$/);
  });
});
