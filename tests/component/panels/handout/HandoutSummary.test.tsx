// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HandoutSummary } from '../../../../src/panels/handout/HandoutSummary.tsx';
import { fixtureStory } from '../../../fixtures/fixtureStory.ts';

describe('HandoutSummary', () => {
  it('gives one line per incident: when, what, how precisely placed, who makes claims, and the tolls', () => {
    const story = fixtureStory();
    render(<HandoutSummary incidents={story.incidents} />);
    const lines = within(screen.getByRole('region', { name: 'What happened, one line each' })).getAllByRole('listitem');
    expect(lines).toHaveLength(story.incidents.features.length);
    // As read aloud: the symbol's drawing (and its letters) is decorative.
    const spoken = lines[0]?.cloneNode(true) as HTMLElement;
    spoken.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
    const panjgur = spoken.textContent ?? '';
    expect(panjgur).toMatch(/^ Tue 16 Jan 2024 · Iranian strike in Panjgur district, Pakistan · Approximate place/);
    expect(panjgur).toContain('Killed: 2; Injured: 3–4, depending on who is counting');
  });

  it('names at most four claimants on a line and counts the rest', () => {
    const story = fixtureStory();
    const [first] = story.incidents.features;
    if (first === undefined) throw new Error('the fixture has incidents');
    first.properties.claims = ['A', 'B', 'C', 'D', 'E', 'F'].map((by, index) => ({
      id: `claim-${index}`,
      by,
      statement: `${by} said so.`,
      citation: { type: 'outside', sourceId: 'x', paraphrase: true },
    }));
    render(<HandoutSummary incidents={story.incidents} />);
    expect(screen.getAllByRole('listitem')[0]?.textContent).toContain('Claims by: A; B; C; D; and 2 others');
  });
});
