import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';

// Shared by a11y.spec.ts and languages.spec.ts.

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

type NodeResult = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number]['nodes'][number];

const MARKER = '.incident-icon';

/**
 * A marker partly under another marker, and under nothing else: where two incidents lie close together, at a zoom
 * that draws them a few pixels apart. WCAG 2.5.8 excepts a target whose function another control on the page offers
 * at full size ("Equivalent"): each marker's is its row in the incident list (and its timeline mark), which
 * wcag22.spec.ts measures. Anything else that crowds or covers a marker is still reported.
 */
function isMarkerBesideMarkers(node: NodeResult): boolean {
  const isMarker = (target: NodeResult['target']) => target.join(' ').includes(MARKER);
  const crowdedOnlyByMarkers = (related: NodeResult['any'][number]['relatedNodes'] = []) =>
    related.length > 0 && related.every((other) => isMarker(other.target));
  return isMarker(node.target) && node.any.every((check) => crowdedOnlyByMarkers(check.relatedNodes));
}

/** Axe's serious and critical WCAG 2.2 A/AA findings on the page as it stands, each with where it is. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) =>
      violation.id === 'target-size'
        ? { ...violation, nodes: violation.nodes.filter((node) => !isMarkerBesideMarkers(node)) }
        : violation,
    )
    .filter((violation) => violation.nodes.length > 0)
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help}\n` +
        violation.nodes.map((node) => `    ${node.target.join(' ')}: ${node.failureSummary ?? ''}`).join('\n'),
    );
}
