import { describe, expect, it, vi } from 'vitest';
import { loadI18n, loadPart } from '../../../src/i18n/i18n.ts';
import { messages as editorInUrdu } from '../../../src/i18n/catalogs/editor/ur.ts';
import { messages as editorInEnglish } from '../../../src/i18n/catalogs/editor/en.ts';

describe('a part’s own catalog (the editor’s)', () => {
  it('is loaded into the language on screen, and into one chosen after it, never leaving a bare id', async () => {
    const ids = Object.keys(editorInEnglish);
    expect(ids.length).toBeGreaterThan(200);
    const english = await loadI18n('en');
    await loadPart('editor');
    for (const id of ids) expect(english.messages[id], id).toEqual(editorInEnglish[id]);
    // Urdu is chosen only now, with the editor open: its instance comes with the editor's words in Urdu.
    const urdu = await loadI18n('ur');
    for (const id of ids) expect(urdu.messages[id], id).toEqual(editorInUrdu[id]);
    // The viewer's own words are still there beside them.
    expect(urdu.messages['popup.casualties']).toBeDefined();
  });

  it('is loaded once into each language, however often the language or the part is asked for', async () => {
    await loadPart('checks');
    const persian = await loadI18n('fa');
    const loads = vi.spyOn(persian, 'load');
    await loadI18n('fa');
    await loadPart('checks');
    await loadI18n('fa');
    expect(loads).not.toHaveBeenCalled();
    loads.mockRestore();
  });
});
