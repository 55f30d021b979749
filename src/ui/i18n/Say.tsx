import type { MessageDescriptor } from '../../i18n/i18n.ts';
import { useI18n } from './LanguageContext.tsx';

/** A message as an element, for places that render outside any component that could call the translator. */
export function Say({ message }: { message: MessageDescriptor }) {
  const i18n = useI18n();
  return i18n._(message);
}
