import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { latestOnly } from '../../src/search/latest-only.ts';

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function recorder(runDelay: () => Promise<void> = async () => {}) {
  const ran: string[] = [];
  const skipped: string[] = [];
  const submit = latestOnly<string>(
    async (q) => {
      await runDelay();
      ran.push(q);
    },
    (q) => skipped.push(q),
  );
  return { ran, skipped, submit };
}

const settle = async () => {
  for (let i = 0; i < 20; i++) await tick();
};

describe('latestOnly (search requests in the worker)', () => {
  it('runs only the newest of requests that arrive together', async () => {
    const { ran, skipped, submit } = recorder();
    for (const q of ['k', 'ku', 'kub', 'kube']) submit(q);
    await settle();
    expect(ran).toEqual(['kube']);
    expect(skipped).toEqual(['k', 'ku', 'kub']);
  });

  it('while one request runs (or waits for the index), keeps only the newest for next', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let first = true;
    const { ran, skipped, submit } = recorder(() => {
      const wait = first ? gate : Promise.resolve();
      first = false;
      return wait;
    });
    submit('p');
    await tick();
    await tick();
    for (const q of ['pr', 'pro', 'prom']) submit(q);
    release();
    await settle();
    expect(ran).toEqual(['p', 'prom']);
    expect(skipped).toEqual(['pr', 'pro']);
  });

  it('answers a request typed after the previous one finished', async () => {
    const { ran, submit } = recorder();
    submit('go');
    await settle();
    submit('rust');
    await settle();
    expect(ran).toEqual(['go', 'rust']);
  });

  it('runs or skips every request exactly once, and always runs the last', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.string({ minLength: 1, maxLength: 4 }), fc.nat({ max: 2 })), { minLength: 1, maxLength: 30 }), async (steps) => {
        const { ran, skipped, submit } = recorder(tick);
        const sent = steps.map(([q], i) => `${i}:${q}`);
        for (const [i, [, pause]] of steps.entries()) {
          submit(sent[i]!);
          for (let p = 0; p < pause; p++) await tick();
        }
        await settle();
        expect([...ran, ...skipped].sort()).toEqual([...sent].sort());
        expect(ran.at(-1)).toBe(sent.at(-1));
        expect(ran).toEqual(sent.filter((q) => ran.includes(q)));
      }),
      { numRuns: 50 },
    );
  });
});
