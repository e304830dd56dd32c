import { fakeMaturityApi } from '../__testUtils__/fakeMaturityApi';
import { makeRubric } from '../__testUtils__/fixtures';
import { loadRubric } from './useRubric';

describe('loadRubric', () => {
  it('asks each API instance once, however many callers', async () => {
    const api = fakeMaturityApi();
    const [a, b] = await Promise.all([loadRubric(api), loadRubric(api)]);
    await loadRubric(api);

    expect(api.getVectors).toHaveBeenCalledTimes(1);
    expect(a).toBe(b);
    expect(a.vectors).toHaveLength(15);

    const other = fakeMaturityApi();
    await loadRubric(other);
    expect(other.getVectors).toHaveBeenCalledTimes(1);
  });

  it('asks again after a failed load', async () => {
    const api = fakeMaturityApi();
    api.getVectors
      .mockRejectedValueOnce(new Error('backend starting'))
      .mockResolvedValueOnce(makeRubric({ rule: 'weakest-link' }));

    await expect(loadRubric(api)).rejects.toThrow('backend starting');
    const rubric = await loadRubric(api);

    expect(rubric.rules.level.rule).toBe('weakest-link');
    expect(api.getVectors).toHaveBeenCalledTimes(2);
  });
});
