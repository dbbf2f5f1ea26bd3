import { handleSandboxRequest } from "@/lib/sandbox/http/handle-request";

// The Nova sandbox's whole HTTP surface: one catch-all that hands every request to the
// sandbox's own router, which answers unknown routes and methods in Nova's error envelope.
export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export const GET = handleSandboxRequest;
export const POST = handleSandboxRequest;
export const PUT = handleSandboxRequest;
export const PATCH = handleSandboxRequest;
export const DELETE = handleSandboxRequest;
export const OPTIONS = handleSandboxRequest;
export const HEAD = handleSandboxRequest;
