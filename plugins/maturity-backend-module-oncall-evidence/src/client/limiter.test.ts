import { createLimiter } from './limiter';

/** A task that resolves when the test says so, noting when it started. */
function gate(started: number[], id: number) {
  let open!: () => void;
  const done = new Promise<void>(resolve => (open = resolve));
  return {
    task: async () => {
      started.push(id);
      await done;
      return id;
    },
    open: () => open(),
  };
}

const flush = () => new Promise(resolve => setImmediate(resolve));

describe('createLimiter', () => {
  it('runs at most the given number of tasks at once, the rest in order', async () => {
    const limit = createLimiter(2, new AbortController().signal);
    const started: number[] = [];
    const gates = [1, 2, 3, 4].map(id => gate(started, id));
    const results = gates.map(g => limit(g.task));

    await flush();
    expect(started).toEqual([1, 2]);
    gates[1].open();
    await flush();
    expect(started).toEqual([1, 2, 3]);
    // A task arriving now waits behind 4, as the freed slot went to 3.
    const late = gate(started, 5);
    const lateResult = limit(late.task);
    gates[0].open();
    await flush();
    expect(started).toEqual([1, 2, 3, 4]);
    gates[2].open();
    gates[3].open();
    late.open();
    await expect(Promise.all([...results, lateResult])).resolves.toEqual([
      1, 2, 3, 4, 5,
    ]);
  });

  it('starts no waiting task once the signal aborts', async () => {
    const controller = new AbortController();
    const limit = createLimiter(1, controller.signal);
    const started: number[] = [];
    const first = gate(started, 1);
    const running = limit(first.task);
    // Its outcome is taken at once: it may settle before the test looks at it.
    const waiting = limit(gate(started, 2).task).then(
      () => 'started',
      (error: Error) => error.message,
    );

    // Tasks start on the next microtask; the first is running when the signal aborts.
    await flush();
    expect(started).toEqual([1]);
    controller.abort(new Error('page failed'));
    first.open();

    await expect(running).resolves.toBe(1);
    await expect(waiting).resolves.toBe('page failed');
    await expect(limit(async () => 3)).rejects.toThrow('page failed');
    expect(started).toEqual([1]);
  });
});
