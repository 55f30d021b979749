import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readStoryFile, type StoryFileLike } from '../../../../src/data/load/readStoryFile.ts';
import { MAX_STORY_FILE_BYTES } from '../../../../src/data/load/readStoryText.ts';
import { englishChecksI18n } from '../../../../src/i18n/englishChecks.ts';

function fileOf(name: string, text: string, size = text.length): StoryFileLike & { reads: number } {
  const file = {
    name,
    size,
    reads: 0,
    text: () => {
      file.reads += 1;
      return Promise.resolve(text);
    },
  };
  return file;
}

const MINIMAL = readFileSync(new URL('../../../fixtures/minimal-story.json', import.meta.url), 'utf8');

describe('readStoryFile', () => {
  it('opens a valid story file', async () => {
    const result = await readStoryFile(fileOf('minimal.json', MINIMAL), englishChecksI18n);
    expect(result.status).toBe('loaded');
  });

  it('refuses a file larger than the limit without reading it', async () => {
    const file = fileOf('film.json', '', MAX_STORY_FILE_BYTES + 1);
    const result = await readStoryFile(file, englishChecksI18n);
    expect(result).toEqual({
      status: 'failed',
      problems: [
        {
          origin: 'film.json',
          path: '(file)',
          message: 'the file is larger than 20 MB, more than any story needs: not opened',
        },
      ],
    });
    expect(file.reads).toBe(0);
  });

  it('turns a file the browser cannot read into a problem', async () => {
    const file: StoryFileLike = { name: 'gone.json', size: 10, text: () => Promise.reject(new Error('NotReadable')) };
    const result = await readStoryFile(file, englishChecksI18n);
    expect(result).toEqual({
      status: 'failed',
      problems: [{ origin: 'gone.json', path: '(file)', message: 'the browser could not read the file (NotReadable)' }],
    });
  });

  it('names the file in every problem of a broken story', async () => {
    const result = await readStoryFile(fileOf('broken.json', '{"schemaVersion": 1}'), englishChecksI18n);
    expect(result.status).toBe('failed');
    if (result.status === 'failed') {
      expect(result.problems.length).toBeGreaterThan(0);
      expect(result.problems.every((problem) => problem.origin === 'broken.json')).toBe(true);
    }
  });
});
