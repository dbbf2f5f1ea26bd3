
-- Per-job counts (JobCount), kept by a trigger so that every write to Application, whatever code
-- path or tool makes it, updates them in its own transaction (docs/decisions/022). Appended to the
-- generated migration by scripts/regen-migration.sh from prisma/triggers/postgresql.sql.
-- The function body is an E'' string with every semicolon written as \073: the migrate engine's
-- PostgreSQL adapter splits scripts at every semicolon, even inside bodies.
-- That goes for comments too: a semicolon in a comment here breaks the migration (write a comma).
-- A row counts under five keys (docs/decisions/041): its status, its decision, its score with its
-- decision (the histogram's bars split by decision), its criteria version, and 'submittable:all'
-- when "Submit all not submitted" would take it. That last test is lib/applications/submittable.ts
-- (`submittableWhere`) written in SQL, the permanent rejections listed as in PERMANENT_REJECTIONS,
-- lib/applications/counts.db.test.ts recounts it through `submittableWhere` with every code.
-- A NULL score or criteria version, or a row that is not submittable, makes its key NULL, which
-- the key lists skip. Deletes only decrement: a job being deleted cascades to its applications
-- and its counts in either order.
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
            ''score:'' || OLD."currentScore" || '':'' || OLD."decision",
            ''version:'' || OLD."currentCriteriaVersionNovaId",
            CASE WHEN OLD."pipelineStatus" = ''NOT_SUBMITTED''
                OR (OLD."pipelineStatus" = ''REJECTED'' AND (OLD."errorCode" IS NULL OR OLD."errorCode" NOT IN
                    (''RESUME_TOO_LARGE'', ''RESUME_ENCRYPTED'', ''RESUME_EMPTY'', ''RESUME_CORRUPTED'', ''RESUME_PARSE_FAILED'')))
                OR (OLD."pipelineStatus" = ''FAILED'' AND OLD."currentScoringJobId" IS NULL)
                THEN ''submittable:all'' END
        )\073
    END IF\073
    IF TG_OP <> ''DELETE'' THEN
        INSERT INTO "JobCount" ("jobId", "key", "n")
        SELECT NEW."jobId", t.k, 1 FROM (VALUES
            (''status:'' || NEW."pipelineStatus"),
            (''decision:'' || NEW."decision"),
            (''score:'' || NEW."currentScore" || '':'' || NEW."decision"),
            (''version:'' || NEW."currentCriteriaVersionNovaId"),
            (
                CASE WHEN NEW."pipelineStatus" = ''NOT_SUBMITTED''
                    OR (NEW."pipelineStatus" = ''REJECTED'' AND (NEW."errorCode" IS NULL OR NEW."errorCode" NOT IN
                        (''RESUME_TOO_LARGE'', ''RESUME_ENCRYPTED'', ''RESUME_EMPTY'', ''RESUME_CORRUPTED'', ''RESUME_PARSE_FAILED'')))
                    OR (NEW."pipelineStatus" = ''FAILED'' AND NEW."currentScoringJobId" IS NULL)
                    THEN ''submittable:all'' END
            )
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
AFTER UPDATE OF "jobId", "pipelineStatus", "decision", "currentScore", "currentCriteriaVersionNovaId", "errorCode",
    "currentScoringJobId" ON "Application"
FOR EACH ROW WHEN (
    OLD."jobId" IS DISTINCT FROM NEW."jobId"
    OR OLD."pipelineStatus" IS DISTINCT FROM NEW."pipelineStatus"
    OR OLD."decision" IS DISTINCT FROM NEW."decision"
    OR OLD."currentScore" IS DISTINCT FROM NEW."currentScore"
    OR OLD."currentCriteriaVersionNovaId" IS DISTINCT FROM NEW."currentCriteriaVersionNovaId"
    OR OLD."errorCode" IS DISTINCT FROM NEW."errorCode"
    OR OLD."currentScoringJobId" IS DISTINCT FROM NEW."currentScoringJobId"
) EXECUTE FUNCTION "application_counts"();

-- The ranking sorts scores DESC NULLS LAST so that unscored applications sink (SQLite's DESC does
-- that by itself, PostgreSQL's puts NULLs first). Prisma's schema cannot say NULLS LAST in an
-- index, so the ranking index it generates is rebuilt in that order here: page 1 then reads 50
-- index entries in the query's order (docs/decisions/041).
DROP INDEX "Application_jobId_currentScore_submittedAt_createdAt_id_idx";
CREATE INDEX "Application_jobId_currentScore_submittedAt_createdAt_id_idx"
ON "Application"("jobId", "currentScore" DESC NULLS LAST, "submittedAt", "createdAt", "id");
