import { waitUntil } from './waitUntil';

describe('waitUntil', () => {
  it('resolves once ready answers true', async () => {
    let calls = 0;
    await waitUntil('the third call', async () => ++calls === 3, {
      intervalMs: 1,
    });
    expect(calls).toBe(3);
  });

  it('names what never happened', async () => {
    await expect(
      waitUntil('pigs fly', async () => false, { attempts: 2, intervalMs: 1 }),
    ).rejects.toThrow('gave up after 2 ms waiting until pigs fly');
  });
});
