
-- Per-job counts (JobCount), kept by a trigger so that every write to Application, whatever code
-- path or tool makes it, updates them in its own transaction (docs/decisions/022). Appended to the
-- generated migration by scripts/regen-migration.sh from prisma/triggers/postgresql.sql.
-- The function body is an E'' string with every semicolon written as \073: the migrate engine's
-- PostgreSQL adapter splits scripts at every semicolon, even inside bodies.
-- A NULL score or criteria version makes its key NULL, which the key lists skip. Deletes only
-- decrement: a job being deleted cascades to its applications and its counts in either order.
-- The decrement skips a job deleted earlier in the same statement: a count row this transaction has
-- already changed gets its foreign key checked again on the next change, and the job is gone (an
-- organization or job with applications could not be deleted).
CREATE FUNCTION "application_counts"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
    IF TG_OP <> ''INSERT'' THEN
        UPDATE "JobCount" SET "n" = "JobCount"."n" - 1
        WHERE "jobId" = OLD."jobId" AND EXISTS (SELECT 1 FROM "Job" WHERE "id" = OLD."jobId") AND "key" IN (
            ''status:'' || OLD."pipelineStatus",
            ''decision:'' || OLD."decision",
            ''score:'' || OLD."currentScore",
            ''version:'' || OLD."currentCriteriaVersionNovaId"
        )\073
    END IF\073
    IF TG_OP <> ''DELETE'' THEN
        INSERT INTO "JobCount" ("jobId", "key", "n")
        SELECT NEW."jobId", t.k, 1 FROM (VALUES
            (''status:'' || NEW."pipelineStatus"),
            (''decision:'' || NEW."decision"),
            (''score:'' || NEW."currentScore"),
            (''version:'' || NEW."currentCriteriaVersionNovaId")
        ) AS t(k) WHERE t.k IS NOT NULL
        ON CONFLICT ("jobId", "key") DO UPDATE SET "n" = "JobCount"."n" + 1\073
    END IF\073
    RETURN NULL\073
END';

CREATE TRIGGER "Application_counts_insert" AFTER INSERT ON "Application"
FOR EACH ROW EXECUTE FUNCTION "application_counts"();

CREATE TRIGGER "Application_counts_delete" AFTER DELETE ON "Application"
FOR EACH ROW EXECUTE FUNCTION "application_counts"();

CREATE TRIGGER "Application_counts_update"
AFTER UPDATE OF "jobId", "pipelineStatus", "decision", "currentScore", "currentCriteriaVersionNovaId" ON "Application"
FOR EACH ROW WHEN (
    OLD."jobId" IS DISTINCT FROM NEW."jobId"
    OR OLD."pipelineStatus" IS DISTINCT FROM NEW."pipelineStatus"
    OR OLD."decision" IS DISTINCT FROM NEW."decision"
    OR OLD."currentScore" IS DISTINCT FROM NEW."currentScore"
    OR OLD."currentCriteriaVersionNovaId" IS DISTINCT FROM NEW."currentCriteriaVersionNovaId"
) EXECUTE FUNCTION "application_counts"();
