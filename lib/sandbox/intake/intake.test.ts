import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { intakeResume } from "./index";
import { docx, encryptedPdf, malformedPdf, pdfWithEmptyPage, pdfWithText } from "@/tests/support/resume-files";
import { isLoopbackHost, refuseResumeUrl } from "./url-policy";

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
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

function serve(path: string, route: Route): string {
  routes.set(path, route);
  return `${base}${path}`;
}

const RESUME_LINES = ["Jane Smith", "Senior Backend Engineer at Acme, 2019 - Present", "Go, Kubernetes, PostgreSQL"];

describe("intakeResume: text", () => {
  it("takes inline text as is", async () => {
    expect(await intakeResume({ type: "text", content: "  # Jane\nEngineer  " })).toEqual({
      ok: true,
      text: "  # Jane\nEngineer  ",
    });
  });
});

describe("intakeResume: URL rules", () => {
  it("refuses plain HTTP to a non-loopback host without fetching", async () => {
    const r = await intakeResume({ type: "url", url: "http://resumes.example.com/a.pdf" });
    expect(r).toMatchObject({ ok: false, code: "RESUME_FETCH_FAILED" });
    expect(r.ok ? "" : r.message).toMatch(/HTTPS/);
  });

  it("knows the loopback hosts", () => {
    for (const h of ["localhost", "127.0.0.1", "127.8.9.10", "[::1]", "app.localhost"])
      expect(isLoopbackHost(h)).toBe(true);
    for (const h of ["example.com", "10.0.0.1", "128.0.0.1", "localhost.example.com", "[::2]"])
      expect(isLoopbackHost(h)).toBe(false);
    expect(refuseResumeUrl("https://example.com/a.pdf")).toBeNull();
    expect(refuseResumeUrl("http://[::1]:3000/a.pdf")).toBeNull();
    expect(refuseResumeUrl("ftp://localhost/a.pdf")).toMatch(/HTTPS/);
    expect(refuseResumeUrl("not a url")).toMatch(/valid URL/);
  });

  it("reports a non-2xx answer", async () => {
    const r = await intakeResume({ type: "url", url: serve("/gone.pdf", { status: 403, type: PDF, body: "denied" }) });
    expect(r).toMatchObject({ ok: false, code: "RESUME_FETCH_FAILED" });
    expect(r.ok ? "" : r.message).toMatch(/403/);
  });

  it.each([["application/octet-stream"], ["text/plain"], [""]])(
    "refuses Content-Type %j as a fetch failure",
    async (type) => {
      const body = await pdfWithText(RESUME_LINES);
      const r = await intakeResume({
        type: "url",
        url: serve(`/ct-${type || "none"}`, { type: type || undefined, body }),
      });
      expect(r).toMatchObject({ ok: false, code: "RESUME_FETCH_FAILED" });
      expect(r.ok ? "" : r.message).toMatch(/Content-Type/);
    },
  );

  it("follows a redirect to an allowed URL and re-checks each hop", async () => {
    const target = serve("/final.pdf", { type: PDF, body: await pdfWithText(RESUME_LINES) });
    serve("/hop2", { status: 301, location: target });
    const r = await intakeResume({ type: "url", url: serve("/hop1", { status: 302, location: "/hop2" }) });
    expect(r).toMatchObject({ ok: true });
    expect(r.ok && r.text).toContain("Jane Smith");

    const bad = await intakeResume({
      type: "url",
      url: serve("/to-http", { status: 302, location: "http://resumes.example.com/a.pdf" }),
    });
    expect(bad).toMatchObject({ ok: false, code: "RESUME_FETCH_FAILED" });
    expect(bad.ok ? "" : bad.message).toMatch(/Redirected to a refused URL/);
  });

  it("gives up after too many redirects", async () => {
    serve("/loop", { status: 302, location: "/loop" });
    const r = await intakeResume({ type: "url", url: `${base}/loop` });
    expect(r).toMatchObject({ ok: false, code: "RESUME_FETCH_FAILED" });
    expect(r.ok ? "" : r.message).toMatch(/redirects/);
  });

  it("refuses a declared Content-Length over the cap without reading the body", async () => {
    const r = await intakeResume(
      { type: "url", url: serve("/big-declared", { type: PDF, body: Buffer.alloc(4096, 0x20) }) },
      { maxBytes: 1024, timeoutMs: 5_000, maxRedirects: 3 },
    );
    expect(r).toMatchObject({ ok: false, code: "RESUME_TOO_LARGE" });
  });

  it("stops a streamed body past 50 MB (no Content-Length) with RESUME_TOO_LARGE", async () => {
    const r = await intakeResume({
      type: "url",
      url: serve("/big-stream", { type: PDF, streamBytes: 51 * 1024 * 1024 }),
    });
    expect(r).toMatchObject({ ok: false, code: "RESUME_TOO_LARGE" });
    expect(r.ok ? "" : r.message).toMatch(/50 MB/);
  });

  it("times out a server that never answers", async () => {
    const started = Date.now();
    const r = await intakeResume(
      { type: "url", url: serve("/hang", { hang: true }) },
      { maxBytes: 1024, timeoutMs: 300, maxRedirects: 3 },
    );
    expect(r).toMatchObject({ ok: false, code: "RESUME_FETCH_FAILED" });
    expect(r.ok ? "" : r.message).toMatch(/within/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe("intakeResume: file contents", () => {
  it("extracts the text of a PDF", async () => {
    const r = await intakeResume({
      type: "url",
      url: serve("/cv.pdf", { type: `${PDF}; charset=binary`, body: await pdfWithText(RESUME_LINES) }),
    });
    expect(r.ok).toBe(true);
    if (r.ok) for (const line of RESUME_LINES) expect(r.text).toContain(line);
  });

  it("reports a PDF with only an empty page as RESUME_EMPTY", async () => {
    const r = await intakeResume({
      type: "url",
      url: serve("/empty.pdf", { type: PDF, body: await pdfWithEmptyPage() }),
    });
    expect(r).toMatchObject({ ok: false, code: "RESUME_EMPTY" });
  });

  it("reports a truncated PDF as RESUME_CORRUPTED", async () => {
    const full = await pdfWithText(RESUME_LINES);
    const r = await intakeResume({
      type: "url",
      url: serve("/truncated.pdf", { type: PDF, body: full.subarray(0, Math.floor(full.length * 0.6)) }),
    });
    expect(r).toMatchObject({ ok: false, code: "RESUME_CORRUPTED" });
  });

  it("reports a malformed PDF as RESUME_CORRUPTED", async () => {
    const r = await intakeResume({ type: "url", url: serve("/malformed.pdf", { type: PDF, body: malformedPdf() }) });
    expect(r).toMatchObject({ ok: false, code: "RESUME_CORRUPTED" });
  });

  it("reports a password-protected PDF as RESUME_ENCRYPTED", async () => {
    const r = await intakeResume({ type: "url", url: serve("/locked.pdf", { type: PDF, body: encryptedPdf() }) });
    expect(r).toMatchObject({ ok: false, code: "RESUME_ENCRYPTED" });
  });

  it("extracts the text of a DOCX", async () => {
    const r = await intakeResume({ type: "url", url: serve("/cv.docx", { type: DOCX, body: docx(RESUME_LINES) }) });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.text.split("\n").filter(Boolean)).toEqual(RESUME_LINES);
  });

  it("reports a DOCX without text as RESUME_EMPTY", async () => {
    const r = await intakeResume({ type: "url", url: serve("/blank.docx", { type: DOCX, body: docx([]) }) });
    expect(r).toMatchObject({ ok: false, code: "RESUME_EMPTY" });
  });

  it("refuses bytes that do not match the declared type", async () => {
    const pdf = await pdfWithText(RESUME_LINES);
    for (const [path, type, body] of [
      ["/fake.docx", DOCX, pdf],
      ["/fake.doc", DOC, pdf],
      ["/fake.pdf", PDF, docx(RESUME_LINES)],
    ] as const) {
      const r = await intakeResume({ type: "url", url: serve(path, { type, body }) });
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
    expect(
      await intakeResume({ type: "url", url: serve("/broken.doc", { type: DOC, body: brokenDoc }) }),
    ).toMatchObject({ ok: false, code: "RESUME_PARSE_FAILED" });
    expect(
      await intakeResume({ type: "url", url: serve("/broken.docx", { type: DOCX, body: brokenDocx }) }),
    ).toMatchObject({ ok: false, code: "RESUME_PARSE_FAILED" });
  });
});
