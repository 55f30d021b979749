import type { Claim } from '../../model/incident.ts';

export interface ClaimantGroup {
  by: string;
  claims: Claim[];
}

/**
 * Claims gathered under who made them, so a reader sees each party's account whole; parties keep the order in which
 * the data first names them (the author's order: usually the article first, then the parties).
 */
export function groupClaimsByClaimant(claims: readonly Claim[]): ClaimantGroup[] {
  const groups = new Map<string, Claim[]>();
  for (const claim of claims) {
    const group = groups.get(claim.by);
    if (group) group.push(claim);
    else groups.set(claim.by, [claim]);
  }
  return [...groups].map(([by, grouped]) => ({ by, claims: grouped }));
}
