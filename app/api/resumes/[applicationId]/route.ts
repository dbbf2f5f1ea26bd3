import { orgRoute } from "@/lib/auth/route";
import { UserError } from "@/lib/errors";
import { getResumeFile } from "@/lib/applications/queries";
import { getStorage } from "@/lib/storage";
import { canSeeJob } from "@/lib/jobs/access";

export const dynamic = "force-dynamic";

/**
 * The uploaded resume, for the application's org (`?download=1` for an attachment). Hiring
 * managers read the candidates of their assigned jobs, resume included; any other application
 * is "not found" to them, so they cannot learn which ids exist.
 */
export const GET = orgRoute<{ applicationId: string }>("HIRING_MANAGER", async (req, ctx, { applicationId }) => {
  const found = await getResumeFile(ctx.actor.orgId, applicationId);
  const file = found && (await canSeeJob(ctx.actor, found.jobId)) ? found : null;
  const data = file ? await getStorage().get(file.storageKey) : null;
  if (!file || !data) throw new UserError("No uploaded resume for this application.", "NOT_FOUND");
  const download = new URL(req.url).searchParams.get("download") === "1";
  // The stored name is only ever used in this header, quoted and reduced to safe characters.
  const safeName = file.fileName.replace(/[^\w.\- ]+/g, "_").slice(0, 120) || "resume";
  return new Response(new Uint8Array(data), {
    headers: {
      "Content-Type": file.mimeType,
      "Content-Disposition": `${download ? "attachment" : "inline"}; filename="${safeName}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
