import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_FETCH_LIMITS, type FetchLimits } from "./fetch-resume";
import { intakeResume, type ResumeInput } from "./index";
import { docx, encryptedPdf, malformedPdf, pdfWithEmptyPage, pdfWithText } from "@/tests/support/resume-files";
import { checkResumeUrl, type ResumeUrlPolicy } from "./url-policy";

const PDF = "application/pdf";
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const DOC = "application/msword";

interface Route {
  status?: number;
  type?: string;
  body?: Uint8Array | string;
  location?: string;
  /** Stream this many bytes without a Content-Length. */
  streamBytes?: number;
  hang?: boolean;
}

const routes = new Map<string, Route>();
/** Every TCP connection the fixture server accepted: a refused fetch must not add one. */
let connections = 0;
let server: http.Server;
let base = "";

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const route = routes.get(req.url ?? "");
    if (!route) return void res.writeHead(404).end();
    if (route.hang) return; // never answers: the fetch timeout must fire
    const headers: Record<string, string> = {};
    if (route.type) headers["content-type"] = route.type;
    if (route.location) headers.location = route.location;
    if (route.streamBytes) {
      res.writeHead(route.status ?? 200, headers);
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      let sent = 0;
      const pump = () => {
        while (sent < route.streamBytes!) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once("drain", pump);
        }
        res.end();
      };
      res.on("error", () => undefined);
      return pump();
    }
    res.writeHead(route.status ?? 200, headers).end(route.body ?? "");
  });
  server.on("connection", () => connections++);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

/** The fixture server is trusted like the app's own file links (plain HTTP on loopback). */
const fixturePolicy = (): ResumeUrlPolicy => ({ trustedPrefixes: [`${base}/`] });
const NOTHING_TRUSTED: ResumeUrlPolicy = { trustedPrefixes: [] };

function intake(resume: ResumeInput, limits: FetchLimits = DEFAULT_FETCH_LIMITS) {
  return intakeResume(resume, limits, fixturePolicy());
}

function serve(path: string, route: Route): string {
  routes.set(path, route);
  return `${base}${path}`;
}

const RESUME_LINES = ["Jane Smith", "Senior Backend Engineer at Acme, 2019 - Present", "Go, Kubernetes, PostgreSQL"];

describe("intakeResume: text", () => {
  it("takes inline text as is", async () => {
    expect(await intake({ type: "text", content: "  # Jane\nEngineer  " })).toEqual({
      ok: true,
      text: "  # Jane\nEngineer  ",
    });
  });
});

describe("intakeResume: URL rules", () => {
  it("refuses plain HTTP to a non-loopback host without fetching", async () => {
    const r = await intake({ type: "url", url: "http://resumes.example.com/a.pdf" });
    expect(r).toMatchObject({ ok: false, code: "RESUME_FETCH_FAILED" });
    expect(r.ok ? "" : r.message).toMatch(/HTTPS/);
  });

  it("trusts only the exact prefixes it was given, after the URL is normalised", () => {
    const policy: ResumeUrlPolicy = { trustedPrefixes: ["http://localhost:3000/api/files/"] };
    expect(checkResumeUrl("http://localhost:3000/api/files/abc?sig=1", policy)).toMatchObject({ trusted: true });
    for (const walkOut of [
      "http://localhost:3000/api/files/../health",
      "http://localhost:3000/api/files/%2e%2e/health",
      "http://localhost:3000/api/health",
      "http://localhost:3001/api/files/abc",
    ])
      expect(checkResumeUrl(walkOut, policy), walkOut).toMatchObject({
        ok: false,
        reason: expect.stringMatching(/HTTPS/),
      });
    expect(checkResumeUrl("https://user:pw@example.com/a.pdf", policy)).toMatchObject({ ok: false });
    expect(checkResumeUrl("https://example.com/a.pdf", policy)).toMatchObject({ ok: true, trusted: false });
    expect(checkResumeUrl("ftp://localhost/a.pdf", policy)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/HTTPS/),
    });
    expect(checkResumeUrl("not a url", policy)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/valid URL/),
    });
  });

  it("refuses HTTPS to internal addresses, by literal and by name, without connecting or saying why", async () => {
    const port = new URL(base).port;
    const before = connections;
    for (const url of [
      `https://127.0.0.1:${port}/a.pdf`,
      `https://[::ffff:127.0.0.1]:${port}/a.pdf`,
      `https://0x7f000001:${port}/a.pdf`,
      `https://2130706433:${port}/a.pdf`,
      `https://localhost:${port}/a.pdf`, // a name that resolves to loopback
      "https://169.254.169.254/latest/meta-data/",
      "https://10.0.0.1/a.pdf",
      "https://[fd00:ec2::254]/latest/meta-data/",
    ]) {
      const r = await intakeResume({ type: "url", url }, DEFAULT_FETCH_LIMITS, NOTHING_TRUSTED);
      expect(r, url).toEqual({ ok: false, code: "RESUME_FETCH_FAILED", message: "Could not download the resume." });
    }
    expect(connections).toBe(before);
    // Control: the same server IS reachable when trusted, so the count above could have moved.
    await intake({ type: "url", url: serve("/control.pdf", { status: 404 }) });
    expect(connections).toBe(before + 1);
  });

  it("re-checks every redirect hop: a trusted URL cannot bounce the fetch to an internal one", async () => {
    const port = new URL(base).port;
    for (const target of [`https://127.0.0.1:${port}/x`, `https://localhost:${port}/x`, "http://10.0.0.1/x"]) {
      const before = connections;
      const r = await intake({
        type: "url",
        url: serve(`/bounce-${target.length}`, { status: 302, location: target }),
      });
      expect(r, target).toEqual({ ok: false, code: "RESUME_FETCH_FAILED", message: "Could not download the resume." });
      expect(connections, target).toBe(before + 1); // the first hop only
    }
  });

  it("reports a non-2xx answer without its status", async () => {
    const r = await intake({ type: "url", url: serve("/gone.pdf", { status: 403, type: PDF, body: "denied" }) });
    expect(r).toMatchObject({ ok: false, code: "RESUME_FETCH_FAILED" });
    expect(r.ok ? "" : r.message).toBe("Could not download the resume.");
  });

  it.each([["application/octet-stream"], ["text/plain"], [""]])(
    "refuses Content-Type %j as a fetch failure",
    async (type) => {
      const body = await pdfWithText(RESUME_LINES);
      const r = await intake({
        type: "url",
        url: serve(`/ct-${type || "none"}`, { type: type || undefined, body }),
      });
      expect(r).toMatchObject({ ok: false, code: "RESUME_FETCH_FAILED" });
      expect(r.ok ? "" : r.message).toBe("Could not download the resume.");
    },
  );

  it("follows a redirect to an allowed URL and re-checks each hop", async () => {
    const target = serve("/final.pdf", { type: PDF, body: await pdfWithText(RESUME_LINES) });
    serve("/hop2", { status: 301, location: target });
    const r = await intake({ type: "url", url: serve("/hop1", { status: 302, location: "/hop2" }) });
    expect(r).toMatchObject({ ok: true });
    expect(r.ok && r.text).toContain("Jane Smith");

    const bad = await intake({
      type: "url",
      url: serve("/to-http", { status: 302, location: "http://resumes.example.com/a.pdf" }),
    });
    expect(bad).toEqual({ ok: false, code: "RESUME_FETCH_FAILED", message: "Could not download the resume." });
  });

  it("gives up after too many redirects", async () => {
    serve("/loop", { status: 302, location: "/loop" });
    const r = await intake({ type: "url", url: `${base}/loop` });
    expect(r).toEqual({ ok: false, code: "RESUME_FETCH_FAILED", message: "Could not download the resume." });
  });

  it("refuses a declared Content-Length over the cap without reading the body", async () => {
    const r = await intake(
      { type: "url", url: serve("/big-declared", { type: PDF, body: Buffer.alloc(4096, 0x20) }) },
      { maxBytes: 1024, timeoutMs: 5_000, maxRedirects: 3 },
    );
    expect(r).toMatchObject({ ok: false, code: "RESUME_TOO_LARGE" });
  });

  it("stops a streamed body past 50 MB (no Content-Length) with RESUME_TOO_LARGE", async () => {
    const r = await intake({
      type: "url",
      url: serve("/big-stream", { type: PDF, streamBytes: 51 * 1024 * 1024 }),
    });
    expect(r).toMatchObject({ ok: false, code: "RESUME_TOO_LARGE" });
    expect(r.ok ? "" : r.message).toMatch(/50 MB/);
  });

  it("times out a server that never answers", async () => {
    const started = Date.now();
    const r = await intake(
      { type: "url", url: serve("/hang", { hang: true }) },
      { maxBytes: 1024, timeoutMs: 300, maxRedirects: 3 },
    );
    expect(r).toEqual({ ok: false, code: "RESUME_FETCH_FAILED", message: "Could not download the resume." });
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe("intakeResume: file contents", () => {
  it("extracts the text of a PDF", async () => {
    const r = await intake({
      type: "url",
      url: serve("/cv.pdf", { type: `${PDF}; charset=binary`, body: await pdfWithText(RESUME_LINES) }),
    });
    expect(r.ok).toBe(true);
    if (r.ok) for (const line of RESUME_LINES) expect(r.text).toContain(line);
  });

  it("reports a PDF with only an empty page as RESUME_EMPTY", async () => {
    const r = await intake({
      type: "url",
      url: serve("/empty.pdf", { type: PDF, body: await pdfWithEmptyPage() }),
    });
    expect(r).toMatchObject({ ok: false, code: "RESUME_EMPTY" });
  });

  it("reports a truncated PDF as RESUME_CORRUPTED", async () => {
    const full = await pdfWithText(RESUME_LINES);
    const r = await intake({
      type: "url",
      url: serve("/truncated.pdf", { type: PDF, body: full.subarray(0, Math.floor(full.length * 0.6)) }),
    });
    expect(r).toMatchObject({ ok: false, code: "RESUME_CORRUPTED" });
  });

  it("reports a malformed PDF as RESUME_CORRUPTED", async () => {
    const r = await intake({ type: "url", url: serve("/malformed.pdf", { type: PDF, body: malformedPdf() }) });
    expect(r).toMatchObject({ ok: false, code: "RESUME_CORRUPTED" });
  });

  it("reports a password-protected PDF as RESUME_ENCRYPTED", async () => {
    const r = await intake({ type: "url", url: serve("/locked.pdf", { type: PDF, body: encryptedPdf() }) });
    expect(r).toMatchObject({ ok: false, code: "RESUME_ENCRYPTED" });
  });

  it("extracts the text of a DOCX", async () => {
    const r = await intake({ type: "url", url: serve("/cv.docx", { type: DOCX, body: docx(RESUME_LINES) }) });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.text.split("\n").filter(Boolean)).toEqual(RESUME_LINES);
  });

  it("reports a DOCX without text as RESUME_EMPTY", async () => {
    const r = await intake({ type: "url", url: serve("/blank.docx", { type: DOCX, body: docx([]) }) });
    expect(r).toMatchObject({ ok: false, code: "RESUME_EMPTY" });
  });

  it("refuses bytes that do not match the declared type", async () => {
    const pdf = await pdfWithText(RESUME_LINES);
    for (const [path, type, body] of [
      ["/fake.docx", DOCX, pdf],
      ["/fake.doc", DOC, pdf],
      ["/fake.pdf", PDF, docx(RESUME_LINES)],
    ] as const) {
      const r = await intake({ type: "url", url: serve(path, { type, body }) });
      expect(r, path).toMatchObject({ ok: false, code: "RESUME_PARSE_FAILED" });
    }
  });

  it("reports an unreadable DOC or DOCX as RESUME_PARSE_FAILED", async () => {
    const brokenDoc = new Uint8Array([
      0xd0,
      0xcf,
      0x11,
      0xe0,
      0xa1,
      0xb1,
      0x1a,
      0xe1,
      ...new Array<number>(600).fill(7),
    ]);
    const brokenDocx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Array<number>(100).fill(1)]);
    expect(await intake({ type: "url", url: serve("/broken.doc", { type: DOC, body: brokenDoc }) })).toMatchObject({
      ok: false,
      code: "RESUME_PARSE_FAILED",
    });
    expect(await intake({ type: "url", url: serve("/broken.docx", { type: DOCX, body: brokenDocx }) })).toMatchObject({
      ok: false,
      code: "RESUME_PARSE_FAILED",
    });
  });
});
