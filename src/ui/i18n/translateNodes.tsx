import { Fragment, type ReactNode } from 'react';
import type { I18n, MessageDescriptor } from '../../i18n/i18n.ts';

const OPEN = '\uE000';
const CLOSE = '\uE001';

/**
 * A translated message with React elements in its placeholders (a link, a button): the message is translated as a
 * whole, so each language puts the element where its grammar wants it.
 */
export function translateNodes(
  i18n: I18n,
  descriptor: MessageDescriptor,
  nodes: Record<string, ReactNode>,
  values: Record<string, unknown> = {},
): ReactNode[] {
  const markers = Object.fromEntries(Object.keys(nodes).map((name) => [name, `${OPEN}${name}${CLOSE}`]));
  const withMarkers: MessageDescriptor = { ...descriptor, values: { ...values, ...markers } };
  const text = i18n._(withMarkers);
  return text
    .split(new RegExp(`${OPEN}|${CLOSE}`))
    .map((part, index) => (index % 2 === 1 ? <Fragment key={index}>{nodes[part]}</Fragment> : part));
}
