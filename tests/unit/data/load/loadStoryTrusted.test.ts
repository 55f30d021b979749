import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { loadStory } from '../../../../src/data/load/loadStory.ts';
import { sha256Hex, type TrustedFile } from '../../../../src/data/load/trustedFile.ts';
import { StorySchema } from '../../../../src/model/story.ts';
import { answerWith, fixtureStory } from '../../../fixtures/fixtureStory.ts';
import { englishChecksI18n } from '../../../../src/i18n/englishChecks.ts';

const URL = 'https://example.org/data/story.json';

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** What vite.config.ts bakes in for a built file. */
function fingerprint(text: string): TrustedFile {
  return { sha256: sha256(text), textLength: text.length };
}

describe('the build’s own story, recognised by its hash', () => {
  it('hashes as Node does, so the build’s hash and the browser’s agree', async () => {
    const text = '{"title": "Ωμέγα, اردو, हिन्दी"}';
    expect(await sha256Hex(text)).toBe(sha256(text));
  });

  it('is taken as the build validated it, without validating it again', async () => {
    // Not a story the schema would pass: only the matching hash lets it through, which shows nothing re-checked it.
    const text = JSON.stringify({ schemaVersion: 1, title: 'only a sketch' });
    const result = await loadStory(URL, answerWith(text), { trusted: fingerprint(text), i18n: englishChecksI18n });
    expect(result).toEqual({ status: 'loaded', story: { schemaVersion: 1, title: 'only a sketch' } });
  });

  it('is validated as any other story when the hash does not match', async () => {
    const text = JSON.stringify({ schemaVersion: 1, title: 'only a sketch' });
    const result = await loadStory(URL, answerWith(text), {
      trusted: { sha256: sha256(`${text} `), textLength: text.length },
      i18n: englishChecksI18n,
    });
    expect(result.status).toBe('failed');
    const story = JSON.stringify(fixtureStory());
    expect(
      await loadStory(URL, answerWith(story), {
        trusted: { sha256: 'not-the-hash', textLength: story.length },
        i18n: englishChecksI18n,
      }),
    ).toEqual({
      status: 'loaded',
      story: fixtureStory(),
      // A story validated after download says where it came from; no redirect here, so the address asked for.
    });
  });

  it('is neither hashed nor trusted when its length is not the built file’s', async () => {
    const text = JSON.stringify({ schemaVersion: 1, title: 'only a sketch' });
    const subtle = globalThis.crypto.subtle;
    const digest = vi.spyOn(subtle, 'digest');
    try {
      // The right hash, but another length: nothing is hashed, and the text is validated (and refused) as any other.
      const result = await loadStory(URL, answerWith(text), {
        trusted: { sha256: sha256(text), textLength: text.length + 1 },
        i18n: englishChecksI18n,
      });
      expect(result.status).toBe('failed');
      expect(digest).not.toHaveBeenCalled();
      await loadStory(URL, answerWith(text), { trusted: fingerprint(text), i18n: englishChecksI18n });
      expect(digest).toHaveBeenCalledTimes(1);
    } finally {
      digest.mockRestore();
    }
  });

  it('matches the built story file, which passes the schema, as the build says', async () => {
    const text = readFileSync('public/data/iran-pakistan-2024/story.json', 'utf8');
    const trusted = await loadStory(URL, answerWith(text), { trusted: fingerprint(text), i18n: englishChecksI18n });
    const validated = await loadStory(URL, answerWith(text), { i18n: englishChecksI18n });
    expect(trusted.status).toBe('loaded');
    expect(validated).toEqual({ status: 'loaded', story: StorySchema.parse(JSON.parse(text)) });
  });
});
