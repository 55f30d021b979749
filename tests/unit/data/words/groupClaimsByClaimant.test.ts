import { describe, expect, it } from 'vitest';
import { groupClaimsByClaimant } from '../../../../src/data/words/groupClaimsByClaimant.ts';
import type { Claim } from '../../../../src/model/incident.ts';

function claim(id: string, by: string): Claim {
  return { id, by, statement: `${by} said ${id}`, citation: { type: 'outside', sourceId: 's' } };
}

describe('groupClaimsByClaimant', () => {
  it('gathers each party’s claims, parties in the order first named', () => {
    const groups = groupClaimsByClaimant([claim('a', 'Tehran'), claim('b', 'Islamabad'), claim('c', 'Tehran')]);
    expect(groups.map((group) => [group.by, group.claims.map((grouped) => grouped.id)])).toEqual([
      ['Tehran', ['a', 'c']],
      ['Islamabad', ['b']],
    ]);
  });

  it('gives nothing for no claims', () => {
    expect(groupClaimsByClaimant([])).toEqual([]);
  });
});
