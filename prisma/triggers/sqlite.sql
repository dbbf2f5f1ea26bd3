
-- Per-job counts (JobCount), kept by triggers so that every write to Application, whatever code
-- path or tool makes it, updates them in its own transaction (docs/decisions/022). Appended to the
-- generated migration by scripts/regen-migration.sh from prisma/triggers/sqlite.sql.
-- A row counts under five keys (docs/decisions/041): its status, its decision, its score with its
-- decision (the histogram's bars split by decision), its criteria version, and 'submittable:all'
-- when "Submit all not submitted" would take it. That last test is lib/applications/submittable.ts
-- (`submittableWhere`) written in SQL, the permanent rejections listed as in PERMANENT_REJECTIONS;
-- lib/applications/counts.db.test.ts recounts it through `submittableWhere` with every code.
-- A NULL score or criteria version, or a row that is not submittable, makes its key NULL, which
-- the key lists skip.
CREATE TRIGGER "Application_counts_insert" AFTER INSERT ON "Application"
BEGIN
    INSERT INTO "JobCount" ("jobId", "key", "n")
    SELECT NEW."jobId", k, 1 FROM (
        SELECT 'status:' || NEW."pipelineStatus" AS k
        UNION ALL SELECT 'decision:' || NEW."decision"
        UNION ALL SELECT 'score:' || NEW."currentScore" || ':' || NEW."decision"
        UNION ALL SELECT 'version:' || NEW."currentCriteriaVersionNovaId"
        UNION ALL SELECT CASE WHEN NEW."pipelineStatus" = 'NOT_SUBMITTED'
            OR (NEW."pipelineStatus" = 'REJECTED' AND (NEW."errorCode" IS NULL OR NEW."errorCode" NOT IN
                ('RESUME_TOO_LARGE', 'RESUME_ENCRYPTED', 'RESUME_EMPTY', 'RESUME_CORRUPTED', 'RESUME_PARSE_FAILED')))
            OR (NEW."pipelineStatus" = 'FAILED' AND NEW."currentScoringJobId" IS NULL)
            THEN 'submittable:all' END
    ) WHERE k IS NOT NULL
    ON CONFLICT ("jobId", "key") DO UPDATE SET "n" = "n" + 1;
END;

-- Only decrements: a job being deleted cascades to its applications and its counts in either
-- order, and an UPDATE of a row already gone is a no-op.
CREATE TRIGGER "Application_counts_delete" AFTER DELETE ON "Application"
BEGIN
    UPDATE "JobCount" SET "n" = "n" - 1
    WHERE "jobId" = OLD."jobId" AND "key" IN (
        'status:' || OLD."pipelineStatus",
        'decision:' || OLD."decision",
        'score:' || OLD."currentScore" || ':' || OLD."decision",
        'version:' || OLD."currentCriteriaVersionNovaId",
        CASE WHEN OLD."pipelineStatus" = 'NOT_SUBMITTED'
            OR (OLD."pipelineStatus" = 'REJECTED' AND (OLD."errorCode" IS NULL OR OLD."errorCode" NOT IN
                ('RESUME_TOO_LARGE', 'RESUME_ENCRYPTED', 'RESUME_EMPTY', 'RESUME_CORRUPTED', 'RESUME_PARSE_FAILED')))
            OR (OLD."pipelineStatus" = 'FAILED' AND OLD."currentScoringJobId" IS NULL)
            THEN 'submittable:all' END
    );
END;

CREATE TRIGGER "Application_counts_update" AFTER UPDATE OF "jobId", "pipelineStatus", "decision", "currentScore", "currentCriteriaVersionNovaId", "errorCode", "currentScoringJobId" ON "Application"
WHEN OLD."jobId" IS NOT NEW."jobId"
    OR OLD."pipelineStatus" IS NOT NEW."pipelineStatus"
    OR OLD."decision" IS NOT NEW."decision"
    OR OLD."currentScore" IS NOT NEW."currentScore"
    OR OLD."currentCriteriaVersionNovaId" IS NOT NEW."currentCriteriaVersionNovaId"
    OR OLD."errorCode" IS NOT NEW."errorCode"
    OR OLD."currentScoringJobId" IS NOT NEW."currentScoringJobId"
BEGIN
    UPDATE "JobCount" SET "n" = "n" - 1
    WHERE "jobId" = OLD."jobId" AND "key" IN (
        'status:' || OLD."pipelineStatus",
        'decision:' || OLD."decision",
        'score:' || OLD."currentScore" || ':' || OLD."decision",
        'version:' || OLD."currentCriteriaVersionNovaId",
        CASE WHEN OLD."pipelineStatus" = 'NOT_SUBMITTED'
            OR (OLD."pipelineStatus" = 'REJECTED' AND (OLD."errorCode" IS NULL OR OLD."errorCode" NOT IN
                ('RESUME_TOO_LARGE', 'RESUME_ENCRYPTED', 'RESUME_EMPTY', 'RESUME_CORRUPTED', 'RESUME_PARSE_FAILED')))
            OR (OLD."pipelineStatus" = 'FAILED' AND OLD."currentScoringJobId" IS NULL)
            THEN 'submittable:all' END
    );
    INSERT INTO "JobCount" ("jobId", "key", "n")
    SELECT NEW."jobId", k, 1 FROM (
        SELECT 'status:' || NEW."pipelineStatus" AS k
        UNION ALL SELECT 'decision:' || NEW."decision"
        UNION ALL SELECT 'score:' || NEW."currentScore" || ':' || NEW."decision"
        UNION ALL SELECT 'version:' || NEW."currentCriteriaVersionNovaId"
        UNION ALL SELECT CASE WHEN NEW."pipelineStatus" = 'NOT_SUBMITTED'
            OR (NEW."pipelineStatus" = 'REJECTED' AND (NEW."errorCode" IS NULL OR NEW."errorCode" NOT IN
                ('RESUME_TOO_LARGE', 'RESUME_ENCRYPTED', 'RESUME_EMPTY', 'RESUME_CORRUPTED', 'RESUME_PARSE_FAILED')))
            OR (NEW."pipelineStatus" = 'FAILED' AND NEW."currentScoringJobId" IS NULL)
            THEN 'submittable:all' END
    ) WHERE k IS NOT NULL
    ON CONFLICT ("jobId", "key") DO UPDATE SET "n" = "n" + 1;
END;
