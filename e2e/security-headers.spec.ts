import { test, expect, signIn } from "./support/fixtures";

test("pages carry a nonce-based CSP, and an injected inline handler is refused", async ({
  page,
  org,
  cspViolations,
}) => {
  const res = await page.goto("/sign-in");
  const csp = res!.headers()["content-security-policy"] ?? "";
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce).toBeTruthy();
  for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'"])
    expect(csp).toContain(directive);
  expect(/script-src[^;]*'unsafe-inline'/.test(csp)).toBe(false);
  expect(res!.headers()["permissions-policy"]).toContain("camera=()");
  // Next's own scripts carry this response's nonce, and a second visit gets a fresh one.
  expect(await page.locator(`script[nonce]`).count()).toBeGreaterThan(0);
  const again = await page.request.get("/sign-in");
  expect(again.headers()["content-security-policy"]).not.toContain(nonce!);

  await signIn(page, org.recruiter.email);
  // What an XSS would do: put markup with an inline handler and an inline script into the page.
  const refused = page.waitForEvent("console", (m) => /Content Security Policy/i.test(m.text()));
  await page.evaluate(() => {
    const div = document.createElement("div");
    div.innerHTML = `<img src="/favicon.svg?x" onload="window.__injected = true">`;
    document.body.append(div);
  });
  expect((await refused).text()).toMatch(/script-src/);
  expect(await page.evaluate(() => (window as { __injected?: boolean }).__injected)).toBeUndefined();
  // That violation was ours; the automatic check must not count it against the app.
  expect(cspViolations.length).toBeGreaterThan(0);
  cspViolations.length = 0;
});
