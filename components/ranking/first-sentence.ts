/** The verdict's first sentence, for the one-line summary in the ranking. */
export function firstSentence(text: string): string {
  const m = /^.*?[.!?](?=\s|$)/s.exec(text.trim());
  return (m ? m[0] : text).trim();
}
