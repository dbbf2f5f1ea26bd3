import { orgRoute } from "@/lib/auth/route";
import { UserError } from "@/lib/errors";
import { db } from "@/lib/db";
import { getStorage } from "@/lib/storage";

export const dynamic = "force-dynamic";

/** The uploaded resume, for recruiters of the application's org (`?download=1` for an attachment). */
export const GET = orgRoute<{ applicationId: string }>("RECRUITER", async (req, ctx, { applicationId }) => {
  const app = await db.application.findFirst({
    where: { id: applicationId, orgId: ctx.actor.orgId },
    include: { resumeFile: true },
  });
  const file = app?.resumeFile;
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
