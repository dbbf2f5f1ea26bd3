// Owned by the sandbox async work. The API calls this after inserting pending
// SandboxScoringJob rows (or SandboxWebhookDelivery rows) so this process's worker looks now
// instead of at its next poll. Other instances find the rows by polling.
export function notifyJobsQueued(): void {}
