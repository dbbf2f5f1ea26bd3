import type { APIRequestContext, Page, Request } from "@playwright/test";

/**
 * Captures the HTTP request a server action makes when `trigger` runs in `page`, so a test can
 * replay it with someone else's session: the honest way to check that the server, not the
 * hidden button, refuses an action.
 */
export async function captureServerAction(page: Page, trigger: () => Promise<void>): Promise<Request> {
  const captured = page.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"]));
  await trigger();
  return captured;
}

/** Replays a captured server action with the cookies of `as`; returns the raw response text. */
export async function replayServerAction(
  action: Request,
  as: APIRequestContext,
): Promise<{ status: number; body: string }> {
  const headers = action.headers();
  const res = await as.post(action.url(), {
    headers: {
      "next-action": headers["next-action"]!,
      "content-type": headers["content-type"] ?? "text/plain;charset=UTF-8",
      accept: "text/x-component",
      ...(headers["next-router-state-tree"] ? { "next-router-state-tree": headers["next-router-state-tree"] } : {}),
    },
    data: action.postData() ?? "",
  });
  return { status: res.status(), body: await res.text() };
}
