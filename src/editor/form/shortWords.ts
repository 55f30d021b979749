/**
 * Words cut to fit one line of a choice, marked as cut: a quote shown shorter than it is, between quotation marks,
 * must not read as the whole of the words cited.
 */
export function shortWords(words: string, max: number): string {
  return words.length <= max ? words : `${words.slice(0, max).trimEnd()}…`;
}
