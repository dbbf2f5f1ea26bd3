/** A tiny cookie-keeping HTTP client for integration tests that act as a signed-in user. */
export class Browserless {
  private cookies = new Map<string, string>();
  constructor(readonly baseUrl = process.env.TEST_BASE_URL!) {}

  async fetch(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set("cookie", [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; "));
    const res = await fetch(new URL(path, this.baseUrl), { ...init, headers, redirect: "manual" });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const i = pair!.indexOf("=");
      this.cookies.set(pair!.slice(0, i), pair!.slice(i + 1));
    }
    return res;
  }

  /** The Cookie header this client sends (to replay a session from elsewhere). */
  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  /** Signs in through the standard Auth.js endpoints: csrf → callback/credentials → session. */
  async signIn(
    email: string,
    password: string,
  ): Promise<{ status: number; session: { user?: { email?: string } } | null }> {
    const { csrfToken } = (await (await this.fetch("/api/auth/csrf")).json()) as { csrfToken: string };
    const res = await this.fetch("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, email, password }),
    });
    const session = (await (await this.fetch("/api/auth/session")).json()) as { user?: { email?: string } } | null;
    return { status: res.status, session };
  }
}
