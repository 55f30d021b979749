import { describe, expect, it } from 'vitest';
import { stripDescriptorMessages } from '../../../vite-plugins/stripMessagesPlugin.ts';

describe('stripDescriptorMessages', () => {
  it('drops the English of a descriptor and keeps its id and values', () => {
    const code = `i18n._({ id: 'a.b', message: 'It\\'s {n}', values: { n } }); x({\n  id: 'c.d',\n  message:\n    "Two \\"words\\"",\n})`;
    expect(stripDescriptorMessages(code)).toBe(`i18n._({ id: 'a.b', values: { n } }); x({\n  id: 'c.d',\n  })`);
  });

  it('leaves an object that is not a message alone', () => {
    const code = `({ id: 'strike-1', title: 'x' }); ({ message: 'hello' })`;
    expect(stripDescriptorMessages(code)).toBe(code);
  });
});
