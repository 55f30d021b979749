import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { englishChecksI18n } from '../../../../src/i18n/englishChecks.ts';
import { readFeatureFile } from '../../../../src/data/formats/readFeatureFile.ts';
import type { XmlDocumentParser } from '../../../../src/data/formats/readKmlOrGpx.ts';
import { readRealFilesManifest } from '../../../fixtures/realFilesManifest.ts';
import { readRealFile } from './readRealFile.ts';

// The manifest (tests/fixtures/real-files/PROVENANCE.md) says, for each file, what a correct reader shows or that it
// refuses the file; check-manifest.js counts the same again from the files, independently of this code.
const manifest = readRealFilesManifest();
const xmlParser = new DOMParser({ onError: () => undefined }) as unknown as XmlDocumentParser;

describe('every real file of the sample opens with the manifest’s counts, or is refused', () => {
  it.each(manifest.map((entry) => [entry.file, entry] as const))('%s', async (_, entry) => {
    const result = await readFeatureFile(readRealFile(entry.file), entry.format, englishChecksI18n, { xmlParser });
    if ('refused' in entry.expect) {
      expect(result.status, entry.expect.why).toBe('refused');
      if (result.status === 'refused') {
        expect(result.problems.length).toBeGreaterThan(0);
        for (const problem of result.problems) expect(problem.message).not.toMatch(/Invalid input|undefined/);
      }
      return;
    }
    if (result.status === 'refused') throw new Error(`refused: ${JSON.stringify(result.problems.slice(0, 3))}`);
    expect(result.features.counts).toEqual(entry.expect);
    // A file the manifest says is in Web Mercator opens with a notice that it was converted.
    const converted = result.notices.some((notice) => notice.path === 'crs');
    expect(converted).toBe(entry.crs === 'EPSG:3857');
  });
});
