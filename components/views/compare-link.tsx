import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

const MIN = 2;
const MAX = 4;

/** `Compare` for the ranking's selection: a link (URL-addressable view) once 2–4 are selected. */
export function CompareLink({ jobId, ids }: { jobId: string; ids: string[] }) {
  if (ids.length < MIN) return null;
  if (ids.length > MAX)
    return (
      <span className="text-sm text-slate-600" data-testid="compare-limit">
        Select at most {MAX} to compare
      </span>
    );
  return (
    <Link
      href={`/jobs/${jobId}/compare?ids=${ids.map(encodeURIComponent).join(",")}`}
      className={buttonClass("secondary", "sm")}
    >
      Compare
    </Link>
  );
}
