import type { CriteriaDiff } from "@/lib/criteria/diff";
import { IMPORTANCE_LABEL } from "@/lib/criteria/importance";
import { Badge } from "@/components/ui/badge";

/** A criteria diff as a list: added / removed / importance changed / reworded. */
export function CriteriaDiffView({ diff }: { diff: CriteriaDiff }) {
  if (diff.changes.length === 0)
    return <p className="text-sm text-slate-600">No differences ({diff.unchanged} criteria identical).</p>;
  return (
    <div>
      <ul className="space-y-2" data-testid="criteria-diff">
        {diff.changes.map((c, i) => (
          <li key={i} className="rounded-md border border-slate-200 p-2 text-sm">
            {c.kind === "added" ? (
              <>
                <Badge tone="success">Added</Badge> <span className="text-slate-800">{c.after.text}</span>{" "}
                <span className="text-xs text-slate-600">({IMPORTANCE_LABEL[c.after.importance]})</span>
              </>
            ) : c.kind === "removed" ? (
              <>
                <Badge tone="danger">Removed</Badge>{" "}
                <span className="text-slate-700 line-through">{c.before.text}</span>
              </>
            ) : c.kind === "importance" ? (
              <>
                <Badge tone="warning">Importance</Badge> <span className="text-slate-800">{c.after.text}</span>{" "}
                <span className="text-xs text-slate-600">
                  {IMPORTANCE_LABEL[c.before.importance]} → {IMPORTANCE_LABEL[c.after.importance]}
                </span>
              </>
            ) : (
              <>
                <Badge tone="info">Reworded</Badge>
                <span className="mt-1 block text-slate-600 line-through">{c.before.text}</span>
                <span className="block text-slate-800">{c.after.text}</span>
                {c.before.importance !== c.after.importance ? (
                  <span className="text-xs text-slate-600">
                    {IMPORTANCE_LABEL[c.before.importance]} → {IMPORTANCE_LABEL[c.after.importance]}
                  </span>
                ) : null}
              </>
            )}
          </li>
        ))}
      </ul>
      {diff.unchanged ? <p className="mt-2 text-xs text-slate-600">{diff.unchanged} unchanged.</p> : null}
    </div>
  );
}
