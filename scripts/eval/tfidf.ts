// Baseline ranker: TF-IDF cosine similarity between posting and resume. The comparison point
// for the engine — if this does nearly as well, the evaluation set is too easy.

const STOP = new Set(
  "a an and or the of to in on for with at by from as is are be you your we our will this that it its have has who what".split(
    " ",
  ),
);

export function tokens(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9+#]+/)
    .filter((t) => t.length > 1 && !STOP.has(t));
}

function termFreq(toks: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of toks) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

/** Similarity of each document to the query, with IDF computed over query + documents. */
export function tfidfScores(query: string, documents: string[]): number[] {
  const docs = [query, ...documents].map((d) => termFreq(tokens(d)));
  const df = new Map<string, number>();
  for (const d of docs) for (const t of d.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = docs.length;
  const vec = (tf: Map<string, number>) => {
    const v = new Map<string, number>();
    for (const [t, f] of tf) v.set(t, (1 + Math.log(f)) * Math.log((n + 1) / ((df.get(t) ?? 0) + 1)));
    return v;
  };
  const norm = (v: Map<string, number>) => Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0));
  const q = vec(docs[0]!);
  const qn = norm(q);
  return docs.slice(1).map((tf) => {
    const v = vec(tf);
    let dot = 0;
    for (const [t, w] of v) dot += w * (q.get(t) ?? 0);
    const d = norm(v) * qn;
    return d === 0 ? 0 : dot / d;
  });
}
