import type { Plugin } from 'vite';

/**
 * `{ id: 'popup.casualties', message: 'Casualties' }` is written for the catalogs (npx lingui extract) and for whoever
 * reads the code; the built app reads every language, English included, from its compiled catalog. So the build does
 * what Lingui's Babel macro would: it drops `message: '…'` from the descriptors, so that the words ship once.
 * (Hashing the ids as well, as the macro does, was measured: shorter raw, but larger gzip.)
 */
const DESCRIPTOR_MESSAGE =
  /(\bid:\s*'[\w.]+',\s*)message:\s*(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\$]|\\.)*`)\s*(,\s*)?/g;

export function stripDescriptorMessages(code: string): string {
  return code.replace(DESCRIPTOR_MESSAGE, '$1');
}

export function stripMessagesPlugin(): Plugin {
  return {
    name: 'citemap-strip-messages',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.tsx?$/.test(id) || id.includes('/src/i18n/catalogs/') || !code.includes('message:')) return null;
      return { code: stripDescriptorMessages(code), map: null };
    },
  };
}
