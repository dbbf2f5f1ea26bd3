"use client";

import { Button } from "@/components/ui/button";
import { Modal } from "./modal";

/** The keys that decide: listed only to viewers who may decide (a hiring manager may not). */
const DECIDE_KEYS = new Set(["a", "h", "r"]);

const RANKING: [string, string][] = [
  ["j / k", "Next / previous candidate"],
  ["Enter or o", "Open the candidate"],
  ["x", "Select or unselect"],
  ["a", "Advance"],
  ["h", "Hold"],
  ["r", "Reject (asks for a reason)"],
  ["n", "Add a note"],
  ["/", "Search"],
  ["?", "This list"],
];

const CANDIDATE: [string, string][] = [
  ["j / k", "Next / previous candidate"],
  ["a", "Advance"],
  ["h", "Hold"],
  ["r", "Reject (asks for a reason)"],
  ["n", "Write a note"],
  ["?", "This list"],
];

/**
 * The `Keyboard shortcuts` button and its dialog (`?` opens it too). It lists only the keys that
 * work for the viewer: a list promising a/h/r to someone they do nothing for is a lie.
 */
export function ShortcutsDialog({
  where,
  canDecide,
  open,
  onOpenChange,
}: {
  where: "ranking" | "candidate";
  canDecide: boolean;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const keys = (where === "ranking" ? RANKING : CANDIDATE).filter(([k]) => canDecide || !DECIDE_KEYS.has(k));
  return (
    <>
      <Button variant="ghost" size="sm" onClick={() => onOpenChange(true)}>
        Keyboard shortcuts
      </Button>
      <Modal open={open} title="Keyboard shortcuts" onClose={() => onOpenChange(false)}>
        <p className="mt-1 text-sm text-slate-600">Shortcuts never fire while you type in a field.</p>
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm">
          {keys.map(([k, what]) => (
            <div key={k} className="contents">
              <dt>
                <kbd className="rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 font-mono text-xs">{k}</kbd>
              </dt>
              <dd className="text-slate-700">{what}</dd>
            </div>
          ))}
        </dl>
        <div className="mt-4 flex justify-end">
          <Button variant="secondary" onClick={() => onOpenChange(false)} autoFocus>
            Close
          </Button>
        </div>
      </Modal>
    </>
  );
}
