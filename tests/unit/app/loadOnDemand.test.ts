import { describe, expect, it } from 'vitest';
import { loadOnDemand } from '../../../src/app/loadOnDemand.ts';

describe('loadOnDemand', () => {
  it('fetches once however many ask, and only when first asked', async () => {
    let fetches = 0;
    const load = loadOnDemand({ id: 'part.handout', message: 'handout' }, () => {
      fetches += 1;
      return Promise.resolve('the handout');
    });
    expect(fetches).toBe(0);
    const [first, second] = await Promise.all([load(), load()]);
    expect([first, second, await load()]).toEqual(['the handout', 'the handout', 'the handout']);
    expect(fetches).toBe(1);
  });

  it('says what the reader can do when the fetch fails, and fetches again when asked again', async () => {
    const network = new TypeError('Failed to fetch dynamically imported module: /assets/PrintHandout-x.js');
    const answers = [Promise.reject(network), Promise.resolve('the handout')];
    const load = loadOnDemand(
      { id: 'part.printHandout', message: 'printable handout' },
      () => answers.shift() ?? Promise.reject(new Error('asked too often')),
    );
    const failure = await load().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toBe(
      'the printable handout could not be downloaded (check the connection and try again, or reload the page if ' +
        'Citemap has been updated since it was opened)',
    );
    expect((failure as Error).cause).toBe(network);
    await expect(load()).resolves.toBe('the handout');
  });
});
