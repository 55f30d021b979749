import { beforeAll, describe, expect, it } from 'vitest';
import { describeFirstLoad, measureAppFirstLoad, readByteBudget, type ByteBudget } from '../../bench/byteBudget.ts';
import type { FirstLoad } from '../../bench/firstLoad.ts';

// Bytes, not time: the same source always builds to the same files, so this fails only when the code grew.
describe("the built app's first load", () => {
  let firstLoad: FirstLoad;
  let budget: ByteBudget;

  beforeAll(async () => {
    [firstLoad, budget] = await Promise.all([measureAppFirstLoad(), readByteBudget()]);
    console.log(describeFirstLoad(firstLoad, budget).join('\n'));
    // A real `vite build` in a child process: about 2 s alone, longer while the other test files run beside it.
  }, 120_000);

  it('is found in the built page: its entry script and its stylesheet', () => {
    // Guards the figure below: a page whose tags were not recognised would weigh nothing and pass any budget.
    expect(firstLoad.files.filter((file) => file.kind === 'js').length).toBeGreaterThan(0);
    expect(firstLoad.files.filter((file) => file.kind === 'css').length).toBeGreaterThan(0);
    expect(firstLoad.jsGzipBytes).toBeGreaterThan(50_000);
  });

  it('fits the committed byte budget (bench/byteBudget.json): more must load on demand, or raise it on purpose', () => {
    expect(firstLoad.totalGzipBytes).toBeLessThanOrEqual(budget.firstLoadGzipBytes);
  });
});
