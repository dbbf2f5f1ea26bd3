-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'RECRUITER', 'HIRING_MANAGER');

-- CreateEnum
CREATE TYPE "PipelineStatus" AS ENUM ('NOT_SUBMITTED', 'PENDING', 'SCORED', 'FAILED', 'REJECTED');

-- CreateEnum
CREATE TYPE "ScoringStatus" AS ENUM ('PENDING', 'COMPLETED', 'FAILED');

-- CreateEnum
CREATE TYPE "JobStatus" AS ENUM ('OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "Importance" AS ENUM ('MUST_HAVE', 'PREFERRED', 'NICE_TO_HAVE');

-- CreateEnum
CREATE TYPE "OperationKind" AS ENUM ('SUBMIT', 'RESCORE');

-- CreateEnum
CREATE TYPE "OperationStatus" AS ENUM ('queuing', 'pending', 'running', 'completed', 'failed');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('pending', 'sent', 'rejected', 'failed');

-- CreateEnum
CREATE TYPE "ReviewDecision" AS ENUM ('UNDECIDED', 'ADVANCE', 'HOLD', 'REJECT');

-- CreateEnum
CREATE TYPE "RejectReason" AS ENUM ('MISSING_MUST_HAVE', 'EXPERIENCE_LEVEL', 'LOCATION', 'COMPENSATION', 'POSITION_FILLED', 'OTHER');

-- CreateTable
CREATE TABLE "Organization" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "hideIdentities" BOOLEAN NOT NULL DEFAULT false,
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignInFailure" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignInFailure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "displayName" TEXT,
    "orgId" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "targetType" TEXT,
    "targetId" TEXT,
    "jobId" TEXT,
    "data" TEXT NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Application" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "jobId" TEXT NOT NULL,
    "candidateName" TEXT NOT NULL,
    "candidateEmail" TEXT,
    "candidateEmailKey" TEXT,
    "resumeText" TEXT,
    "resumeFileId" TEXT,
    "resumeUrl" TEXT,
    "screeningAnswers" TEXT NOT NULL DEFAULT '[]',
    "coverNote" TEXT,
    "pipelineStatus" "PipelineStatus" NOT NULL DEFAULT 'NOT_SUBMITTED',
    "errorCode" TEXT,
    "errorMessage" TEXT,
    "currentScoringJobId" TEXT,
    "currentScore" INTEGER,
    "currentCriteriaVersionNovaId" TEXT,
    "submittedAt" TIMESTAMP(3),
    "decision" "ReviewDecision" NOT NULL DEFAULT 'UNDECIDED',
    "rejectReason" "RejectReason",
    "rejectReasonText" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "decidedCriteriaVersionNovaId" TEXT,
    "decidedBlind" BOOLEAN NOT NULL DEFAULT false,
    "noteCount" INTEGER NOT NULL DEFAULT 0,
    "searchText" TEXT NOT NULL DEFAULT '',
    "resumeSha256" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Application_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResumeFile" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ResumeFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NovaDeletionRequest" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "novaId" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "checkedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "NovaDeletionRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Job" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "company" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "roleKnowledge" TEXT,
    "status" "JobStatus" NOT NULL DEFAULT 'OPEN',
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "closedAt" TIMESTAMP(3),
    "activeCriteriaVersionId" TEXT,

    CONSTRAINT "Job_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JobCount" (
    "jobId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "n" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "JobCount_pkey" PRIMARY KEY ("jobId","key")
);

-- CreateTable
CREATE TABLE "CriteriaVersion" (
    "id" TEXT NOT NULL,
    "jobId" TEXT NOT NULL,
    "novaId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'ACTIVE',
    "source" TEXT NOT NULL,
    "criteriaRevision" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "archivedAt" TIMESTAMP(3),

    CONSTRAINT "CriteriaVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Criterion" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "novaId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "importance" "Importance" NOT NULL,
    "order" INTEGER NOT NULL,

    CONSTRAINT "Criterion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JobMember" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "jobId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "JobMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Operation" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "jobId" TEXT NOT NULL,
    "kind" "OperationKind" NOT NULL,
    "status" "OperationStatus" NOT NULL DEFAULT 'pending',
    "total" INTEGER NOT NULL,
    "processed" INTEGER NOT NULL DEFAULT 0,
    "failed" INTEGER NOT NULL DEFAULT 0,
    "criteriaVersionNovaId" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" TIMESTAMP(3),

    CONSTRAINT "Operation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxItem" (
    "id" TEXT NOT NULL,
    "operationId" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "jobId" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "kind" "OperationKind" NOT NULL,
    "status" "OutboxStatus" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "claimedBy" TEXT,
    "claimedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "doneAt" TIMESTAMP(3),

    CONSTRAINT "OutboxItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RescoreSnapshot" (
    "operationId" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "oldScore" INTEGER,
    "oldRank" INTEGER,
    "oldScoringJobId" TEXT,

    CONSTRAINT "RescoreSnapshot_pkey" PRIMARY KEY ("operationId","applicationId")
);

-- CreateTable
CREATE TABLE "Note" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "authorId" TEXT,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Note_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SandboxWebhookDelivery" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "jobId" TEXT,
    "applicationId" TEXT,
    "event" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastStatusCode" INTEGER,
    "lastError" TEXT,
    "claimedBy" TEXT,
    "claimedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deliveredAt" TIMESTAMP(3),

    CONSTRAINT "SandboxWebhookDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SandboxWebhookAttempt" (
    "id" TEXT NOT NULL,
    "deliveryId" TEXT NOT NULL,
    "attempt" INTEGER NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "durationMs" INTEGER NOT NULL,
    "statusCode" INTEGER,
    "error" TEXT,

    CONSTRAINT "SandboxWebhookAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SandboxTenant" (
    "id" TEXT NOT NULL,
    "environment" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SandboxTenant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SandboxScoringJob" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "jobId" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "criteriaVersionId" TEXT NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "isRescore" BOOLEAN NOT NULL DEFAULT false,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "score" INTEGER,
    "assessment" TEXT,
    "errorCode" TEXT,
    "errorMessage" TEXT,
    "resumeText" TEXT,
    "applicationData" TEXT,
    "jobDescription" TEXT,
    "roleKnowledge" TEXT,
    "language" TEXT,
    "batchId" TEXT,
    "queuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),
    "failedAt" TIMESTAMP(3),
    "runAfter" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "claimedBy" TEXT,
    "claimedAt" TIMESTAMP(3),

    CONSTRAINT "SandboxScoringJob_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SandboxBatch" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "jobId" TEXT NOT NULL,
    "applicationSetKey" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "totalJobs" INTEGER NOT NULL,
    "completedJobs" INTEGER NOT NULL DEFAULT 0,
    "failedJobs" INTEGER NOT NULL DEFAULT 0,
    "rejected" TEXT NOT NULL DEFAULT '[]',
    "accepted" TEXT NOT NULL DEFAULT '[]',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" TIMESTAMP(3),

    CONSTRAINT "SandboxBatch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SandboxCriteriaVersion" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "jobId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "criteria" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "jobDescription" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "archivedAt" TIMESTAMP(3),

    CONSTRAINT "SandboxCriteriaVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SandboxQuestionSet" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "jobId" TEXT NOT NULL,
    "questions" TEXT NOT NULL,
    "guidance" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SandboxQuestionSet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SandboxLibraryCriterion" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "importance" TEXT NOT NULL,
    "category" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SandboxLibraryCriterion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SandboxIdempotencyKey" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "requestHash" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "responseStatus" INTEGER,
    "responseBody" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" TIMESTAMP(3),

    CONSTRAINT "SandboxIdempotencyKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SandboxDeletionRequest" (
    "id" TEXT NOT NULL,
    "environment" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "tenantExternalId" TEXT NOT NULL,
    "jobId" TEXT,
    "applicationId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "activeKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "completedAt" TIMESTAMP(3),
    "failedAt" TIMESTAMP(3),

    CONSTRAINT "SandboxDeletionRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SandboxRateWindow" (
    "key" TEXT NOT NULL,
    "second" INTEGER NOT NULL,
    "admitted" INTEGER NOT NULL DEFAULT 0,
    "refused" INTEGER NOT NULL DEFAULT 0,
    "lastAdmitted" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "SandboxRateWindow_pkey" PRIMARY KEY ("key","second")
);

-- CreateTable
CREATE TABLE "SandboxInflightSlot" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "freeAt" TIMESTAMP(3) NOT NULL,
    "holder" TEXT,

    CONSTRAINT "SandboxInflightSlot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NovaPaceSlot" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "freeAt" TIMESTAMP(3) NOT NULL,
    "holder" TEXT,

    CONSTRAINT "NovaPaceSlot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScoringJob" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "novaScoringJobId" TEXT NOT NULL,
    "criteriaVersionNovaId" TEXT,
    "isRescore" BOOLEAN NOT NULL DEFAULT false,
    "status" "ScoringStatus" NOT NULL DEFAULT 'PENDING',
    "score" INTEGER,
    "verdict" TEXT,
    "strengths" TEXT,
    "concerns" TEXT,
    "interviewFocus" TEXT,
    "errorCode" TEXT,
    "errorMessage" TEXT,
    "submittedAt" TIMESTAMP(3) NOT NULL,
    "startedAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),
    "failedAt" TIMESTAMP(3),
    "batchId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ScoringJob_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScoringBatch" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "jobId" TEXT NOT NULL,
    "novaBatchId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "totalJobs" INTEGER NOT NULL,
    "completedJobs" INTEGER NOT NULL DEFAULT 0,
    "failedJobs" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" TIMESTAMP(3),
    "checkedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScoringBatch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookEvent" (
    "id" TEXT NOT NULL,
    "deliveryId" TEXT,
    "bodyHash" TEXT,
    "event" TEXT,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "signatureOk" BOOLEAN NOT NULL,
    "outcome" TEXT NOT NULL,
    "detail" TEXT,
    "payload" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedBy" TEXT,
    "claimedAt" TIMESTAMP(3),
    "appliedAt" TIMESTAMP(3),
    "orgId" TEXT,
    "jobId" TEXT,
    "applicationId" TEXT,

    CONSTRAINT "WebhookEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Organization_tenantId_key" ON "Organization"("tenantId");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "SignInFailure_key_at_idx" ON "SignInFailure"("key", "at");

-- CreateIndex
CREATE INDEX "SignInFailure_at_idx" ON "SignInFailure"("at");

-- CreateIndex
CREATE INDEX "Membership_orgId_idx" ON "Membership"("orgId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_userId_orgId_key" ON "Membership"("userId", "orgId");

-- CreateIndex
CREATE INDEX "AuditEvent_orgId_createdAt_idx" ON "AuditEvent"("orgId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_orgId_jobId_createdAt_idx" ON "AuditEvent"("orgId", "jobId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_orgId_action_createdAt_idx" ON "AuditEvent"("orgId", "action", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Application_resumeFileId_key" ON "Application"("resumeFileId");

-- CreateIndex
CREATE UNIQUE INDEX "Application_currentScoringJobId_key" ON "Application"("currentScoringJobId");

-- CreateIndex
CREATE INDEX "Application_jobId_currentScore_submittedAt_createdAt_id_idx" ON "Application"("jobId", "currentScore" DESC, "submittedAt", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Application_jobId_pipelineStatus_id_idx" ON "Application"("jobId", "pipelineStatus", "id");

-- CreateIndex
CREATE INDEX "Application_jobId_decision_idx" ON "Application"("jobId", "decision");

-- CreateIndex
CREATE INDEX "Application_jobId_candidateEmailKey_idx" ON "Application"("jobId", "candidateEmailKey");

-- CreateIndex
CREATE INDEX "Application_jobId_resumeSha256_idx" ON "Application"("jobId", "resumeSha256");

-- CreateIndex
CREATE INDEX "Application_orgId_idx" ON "Application"("orgId");

-- CreateIndex
CREATE UNIQUE INDEX "ResumeFile_storageKey_key" ON "ResumeFile"("storageKey");

-- CreateIndex
CREATE UNIQUE INDEX "NovaDeletionRequest_novaId_key" ON "NovaDeletionRequest"("novaId");

-- CreateIndex
CREATE INDEX "NovaDeletionRequest_status_checkedAt_idx" ON "NovaDeletionRequest"("status", "checkedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Job_activeCriteriaVersionId_key" ON "Job"("activeCriteriaVersionId");

-- CreateIndex
CREATE INDEX "Job_orgId_status_createdAt_idx" ON "Job"("orgId", "status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "CriteriaVersion_jobId_novaId_key" ON "CriteriaVersion"("jobId", "novaId");

-- CreateIndex
CREATE UNIQUE INDEX "CriteriaVersion_jobId_number_key" ON "CriteriaVersion"("jobId", "number");

-- CreateIndex
CREATE INDEX "Criterion_versionId_order_idx" ON "Criterion"("versionId", "order");

-- CreateIndex
CREATE INDEX "JobMember_orgId_userId_idx" ON "JobMember"("orgId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "JobMember_jobId_userId_key" ON "JobMember"("jobId", "userId");

-- CreateIndex
CREATE INDEX "Operation_jobId_createdAt_idx" ON "Operation"("jobId", "createdAt");

-- CreateIndex
CREATE INDEX "Operation_orgId_idx" ON "Operation"("orgId");

-- CreateIndex
CREATE INDEX "OutboxItem_status_nextAttemptAt_idx" ON "OutboxItem"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "OutboxItem_applicationId_idx" ON "OutboxItem"("applicationId");

-- CreateIndex
CREATE INDEX "Note_applicationId_createdAt_idx" ON "Note"("applicationId", "createdAt");

-- CreateIndex
CREATE INDEX "SandboxWebhookDelivery_status_nextAttemptAt_idx" ON "SandboxWebhookDelivery"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "SandboxWebhookDelivery_tenantId_jobId_applicationId_idx" ON "SandboxWebhookDelivery"("tenantId", "jobId", "applicationId");

-- CreateIndex
CREATE INDEX "SandboxWebhookAttempt_deliveryId_idx" ON "SandboxWebhookAttempt"("deliveryId");

-- CreateIndex
CREATE UNIQUE INDEX "SandboxTenant_environment_externalId_key" ON "SandboxTenant"("environment", "externalId");

-- CreateIndex
CREATE INDEX "SandboxScoringJob_status_runAfter_idx" ON "SandboxScoringJob"("status", "runAfter");

-- CreateIndex
CREATE INDEX "SandboxScoringJob_tenantId_jobId_applicationId_queuedAt_idx" ON "SandboxScoringJob"("tenantId", "jobId", "applicationId", "queuedAt");

-- CreateIndex
CREATE INDEX "SandboxScoringJob_batchId_idx" ON "SandboxScoringJob"("batchId");

-- CreateIndex
CREATE UNIQUE INDEX "SandboxScoringJob_tenantId_jobId_applicationId_dedupeKey_key" ON "SandboxScoringJob"("tenantId", "jobId", "applicationId", "dedupeKey");

-- CreateIndex
CREATE UNIQUE INDEX "SandboxBatch_tenantId_jobId_applicationSetKey_key" ON "SandboxBatch"("tenantId", "jobId", "applicationSetKey");

-- CreateIndex
CREATE INDEX "SandboxCriteriaVersion_tenantId_jobId_status_idx" ON "SandboxCriteriaVersion"("tenantId", "jobId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "SandboxCriteriaVersion_tenantId_jobId_version_key" ON "SandboxCriteriaVersion"("tenantId", "jobId", "version");

-- CreateIndex
CREATE INDEX "SandboxQuestionSet_tenantId_jobId_createdAt_idx" ON "SandboxQuestionSet"("tenantId", "jobId", "createdAt");

-- CreateIndex
CREATE INDEX "SandboxLibraryCriterion_tenantId_createdAt_idx" ON "SandboxLibraryCriterion"("tenantId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "SandboxIdempotencyKey_tenantId_key_key" ON "SandboxIdempotencyKey"("tenantId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "SandboxDeletionRequest_activeKey_key" ON "SandboxDeletionRequest"("activeKey");

-- CreateIndex
CREATE INDEX "SandboxDeletionRequest_environment_status_idx" ON "SandboxDeletionRequest"("environment", "status");

-- CreateIndex
CREATE INDEX "SandboxInflightSlot_key_freeAt_idx" ON "SandboxInflightSlot"("key", "freeAt");

-- CreateIndex
CREATE INDEX "NovaPaceSlot_key_freeAt_idx" ON "NovaPaceSlot"("key", "freeAt");

-- CreateIndex
CREATE UNIQUE INDEX "ScoringJob_novaScoringJobId_key" ON "ScoringJob"("novaScoringJobId");

-- CreateIndex
CREATE INDEX "ScoringJob_applicationId_status_submittedAt_idx" ON "ScoringJob"("applicationId", "status", "submittedAt" DESC);

-- CreateIndex
CREATE INDEX "ScoringJob_status_submittedAt_idx" ON "ScoringJob"("status", "submittedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ScoringBatch_novaBatchId_key" ON "ScoringBatch"("novaBatchId");

-- CreateIndex
CREATE UNIQUE INDEX "WebhookEvent_deliveryId_key" ON "WebhookEvent"("deliveryId");

-- CreateIndex
CREATE UNIQUE INDEX "WebhookEvent_bodyHash_key" ON "WebhookEvent"("bodyHash");

-- CreateIndex
CREATE INDEX "WebhookEvent_outcome_nextAttemptAt_idx" ON "WebhookEvent"("outcome", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "WebhookEvent_orgId_receivedAt_idx" ON "WebhookEvent"("orgId", "receivedAt");

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "Job"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_resumeFileId_fkey" FOREIGN KEY ("resumeFileId") REFERENCES "ResumeFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_currentScoringJobId_fkey" FOREIGN KEY ("currentScoringJobId") REFERENCES "ScoringJob"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Job" ADD CONSTRAINT "Job_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Job" ADD CONSTRAINT "Job_activeCriteriaVersionId_fkey" FOREIGN KEY ("activeCriteriaVersionId") REFERENCES "CriteriaVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobCount" ADD CONSTRAINT "JobCount_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "Job"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CriteriaVersion" ADD CONSTRAINT "CriteriaVersion_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "Job"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Criterion" ADD CONSTRAINT "Criterion_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "CriteriaVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobMember" ADD CONSTRAINT "JobMember_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "Job"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobMember" ADD CONSTRAINT "JobMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboxItem" ADD CONSTRAINT "OutboxItem_operationId_fkey" FOREIGN KEY ("operationId") REFERENCES "Operation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RescoreSnapshot" ADD CONSTRAINT "RescoreSnapshot_operationId_fkey" FOREIGN KEY ("operationId") REFERENCES "Operation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Note" ADD CONSTRAINT "Note_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Note" ADD CONSTRAINT "Note_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SandboxWebhookAttempt" ADD CONSTRAINT "SandboxWebhookAttempt_deliveryId_fkey" FOREIGN KEY ("deliveryId") REFERENCES "SandboxWebhookDelivery"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoringJob" ADD CONSTRAINT "ScoringJob_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoringJob" ADD CONSTRAINT "ScoringJob_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "ScoringBatch"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoringBatch" ADD CONSTRAINT "ScoringBatch_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "Job"("id") ON DELETE CASCADE ON UPDATE CASCADE;


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
