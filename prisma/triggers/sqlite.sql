
-- Per-job counts (JobCount), kept by triggers so that every write to Application, whatever code
-- path or tool makes it, updates them in its own transaction (docs/decisions/022). Appended to the
-- generated migration by scripts/regen-migration.sh from prisma/triggers/sqlite.sql.
-- A NULL score or criteria version makes its key NULL, which the key lists skip.
CREATE TRIGGER "Application_counts_insert" AFTER INSERT ON "Application"
BEGIN
    INSERT INTO "JobCount" ("jobId", "key", "n")
    SELECT NEW."jobId", k, 1 FROM (
        SELECT 'status:' || NEW."pipelineStatus" AS k
        UNION ALL SELECT 'decision:' || NEW."decision"
        UNION ALL SELECT 'score:' || NEW."currentScore"
        UNION ALL SELECT 'version:' || NEW."currentCriteriaVersionNovaId"
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
        'score:' || OLD."currentScore",
        'version:' || OLD."currentCriteriaVersionNovaId"
    );
END;

CREATE TRIGGER "Application_counts_update" AFTER UPDATE OF "jobId", "pipelineStatus", "decision", "currentScore", "currentCriteriaVersionNovaId" ON "Application"
WHEN OLD."jobId" IS NOT NEW."jobId"
    OR OLD."pipelineStatus" IS NOT NEW."pipelineStatus"
    OR OLD."decision" IS NOT NEW."decision"
    OR OLD."currentScore" IS NOT NEW."currentScore"
    OR OLD."currentCriteriaVersionNovaId" IS NOT NEW."currentCriteriaVersionNovaId"
BEGIN
    UPDATE "JobCount" SET "n" = "n" - 1
    WHERE "jobId" = OLD."jobId" AND "key" IN (
        'status:' || OLD."pipelineStatus",
        'decision:' || OLD."decision",
        'score:' || OLD."currentScore",
        'version:' || OLD."currentCriteriaVersionNovaId"
    );
    INSERT INTO "JobCount" ("jobId", "key", "n")
    SELECT NEW."jobId", k, 1 FROM (
        SELECT 'status:' || NEW."pipelineStatus" AS k
        UNION ALL SELECT 'decision:' || NEW."decision"
        UNION ALL SELECT 'score:' || NEW."currentScore"
        UNION ALL SELECT 'version:' || NEW."currentCriteriaVersionNovaId"
    ) WHERE k IS NOT NULL
    ON CONFLICT ("jobId", "key") DO UPDATE SET "n" = "n" + 1;
END;
