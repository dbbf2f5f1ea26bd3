/**
 * A deliberate, user-facing failure. Its message is shown as is; any other error becomes a
 * generic message plus a log line (so internals never leak to the browser). Neutral ground:
 * domain modules, actions and routes all throw it without depending on auth.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly code: string = "BAD_REQUEST",
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "UserError";
  }
}

export class AuthRequiredError extends UserError {
  constructor() {
    super("Your session has ended. Sign in again.", "UNAUTHENTICATED");
  }
}

export class ForbiddenError extends UserError {
  constructor(message = "You do not have permission to do that.") {
    super(message, "FORBIDDEN");
  }
}
