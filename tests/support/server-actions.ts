import fs from "node:fs";
import type { Browserless } from "./http";

/**
 * Calls a server action over HTTP exactly as the browser does (POST to a page that uses it,
 * `Next-Action` header, arguments encoded like React's encodeReply), with whatever cookies the
 * client holds. Action ids and pages come from the production build's manifest.
 */
type Manifest = { node: Record<string, { filename: string; exportedName: string; workers: Record<string, unknown> }> };
let manifest: Manifest | undefined;

function endpoint(file: string, name: string, params: Record<string, string>): { id: string; url: string } {
  manifest ??= JSON.parse(fs.readFileSync(".next/server/server-reference-manifest.json", "utf8")) as Manifest;
  const entry = Object.entries(manifest.node).find(([, v]) => v.filename === file && v.exportedName === name);
  if (!entry) throw new Error(`No page uses ${file}#${name} (is it exported and imported by a page?)`);
  const worker = Object.keys(entry[1].workers)[0]!;
  const url = worker
    .replace(/^app/, "")
    .replace(/\/\([^)]+\)/g, "")
    .replace(/\/page$/, "")
    .replace(/\[(\w+)\]/g, (_, k: string) => params[k] ?? "x");
  return { id: entry[0], url: url || "/" };
}

export interface ActionReply {
  status: number;
  location: string | null;
  /** Where a `redirect()` inside the action sends the browser (Next answers 200 + this header). */
  actionRedirect: string | null;
  body: string;
  /** The action's ActionResult (or return value), when the reply carried one. */
  result: { ok?: boolean; code?: string; error?: string; data?: unknown } | null;
}

/** `args` are the action's arguments; a FormData argument is sent multipart as React does. */
/** Is the action reachable over HTTP at all (does any page import it)? */
export function isWired(file: string, name: string): boolean {
  manifest ??= JSON.parse(fs.readFileSync(".next/server/server-reference-manifest.json", "utf8")) as Manifest;
  return Object.values(manifest.node).some((v) => v.filename === file && v.exportedName === name);
}

export async function callAction(
  client: Browserless,
  file: string,
  name: string,
  args: unknown[],
  params: Record<string, string> = {},
): Promise<ActionReply> {
  const { id, url } = endpoint(file, name, params);
  const headers: Record<string, string> = { "next-action": id, accept: "text/x-component" };
  let body: string | FormData;
  const formIndex = args.findIndex((a) => a instanceof FormData);
  if (formIndex >= 0) {
    // React's encodeReply: each FormData argument becomes "$K<n>" in the root JSON, its
    // entries are sent as "_<n>_<key>", and the root JSON is field "0".
    const form = new FormData();
    const root = args.map((a, i) => {
      if (!(a instanceof FormData)) return a;
      const ref = i + 1;
      for (const [k, v] of a.entries()) form.append(`_${ref}_${k}`, v);
      return `$K${ref.toString(16)}`;
    });
    form.set("0", JSON.stringify(root));
    body = form;
  } else {
    headers["content-type"] = "text/plain;charset=UTF-8";
    body = JSON.stringify(args);
  }
  const res = await client.fetch(url, { method: "POST", headers, body });
  const text = await res.text();
  return {
    status: res.status,
    location: res.headers.get("location"),
    actionRedirect: res.headers.get("x-action-redirect"),
    body: text,
    result: resultOf(text),
  };
}

/** The RSC reply is `<row>:<json>` lines; the action's value is the object row that is not React's envelope. */
function resultOf(text: string): ActionReply["result"] {
  for (const line of text.split("\n")) {
    const json = line.replace(/^[0-9a-f]+:/, "");
    if (!json.startsWith("{")) continue;
    try {
      const value = JSON.parse(json) as Record<string, unknown>;
      if ("ok" in value || "error" in value) return value as ActionReply["result"];
    } catch {
      // not JSON
    }
  }
  return null;
}
