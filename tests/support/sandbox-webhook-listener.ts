/**
 * A real HTTP endpoint standing in for the dashboard's webhook receiver in sandbox tests: it
 * records every request (raw body and headers) and answers with scripted status codes.
 */
import http from "node:http";

export interface ReceivedWebhook {
  id: string;
  event: string;
  signature: string;
  timestamp: string;
  contentType: string;
  rawBody: string;
  body: Record<string, unknown>;
  receivedAt: number;
}

export interface WebhookListener {
  url: string;
  received: ReceivedWebhook[];
  /** Status for the next requests, consumed in order; 200 once exhausted. */
  answerNext(...statuses: number[]): void;
  /** Resolves when `predicate` holds for the received list, or rejects after `timeoutMs`. */
  waitFor(predicate: (received: ReceivedWebhook[]) => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export async function startWebhookListener(port: number): Promise<WebhookListener> {
  const received: ReceivedWebhook[] = [];
  const script: number[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const rawBody = Buffer.concat(chunks).toString("utf8");
      const header = (name: string) => String(req.headers[name] ?? "");
      received.push({
        id: header("x-webhook-id"),
        event: header("x-webhook-event"),
        signature: header("x-webhook-signature"),
        timestamp: header("x-webhook-timestamp"),
        contentType: header("content-type"),
        rawBody,
        body: JSON.parse(rawBody) as Record<string, unknown>,
        receivedAt: Date.now(),
      });
      res.writeHead(script.shift() ?? 200).end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    answerNext: (...statuses) => void script.push(...statuses),
    async waitFor(predicate, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      while (!predicate(received)) {
        if (Date.now() > deadline)
          throw new Error(`webhook listener: condition not met within ${timeoutMs} ms (${received.length} received)`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
