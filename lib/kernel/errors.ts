// Typed domain errors. lib/ throws these; server actions turn them into
// `{ ok: false, code, message, fieldErrors }` and route handlers into application/problem+json
// with the status below. Anything that is not a DomainError is a bug: logged, shown generically.
export const errorStatus = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  // A change that needs a recent sign-in on this session (lib/accounts/sessions/step-up.ts): sign in again.
  STEP_UP_REQUIRED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  UNSUPPORTED_MEDIA_TYPE: 415,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  // An email could not be handed to the mail server; the user is told and may retry.
  MAIL_UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;
export type FieldErrors = Record<string, string[]>;

export class DomainError extends Error {
  override name = "DomainError";
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors?: FieldErrors,
    /** Extra members for the REST problem body (RFC 9457 §3.2 extension members), e.g. what a conflict is with. */
    readonly extensions?: Record<string, unknown>,
  ) {
    super(message);
  }

  /** Bad input, told per field as a schema tells it: VALIDATION, "Check the highlighted fields." */
  static fields(fieldErrors: FieldErrors, message = "Check the highlighted fields."): DomainError {
    return new DomainError("VALIDATION", message, fieldErrors);
  }

  /** Bad input in one field, e.g. `DomainError.field("email", "No account uses a@example.com.")`. */
  static field(field: string, ...messages: string[]): DomainError {
    return DomainError.fields({ [field]: messages });
  }
}

export const isDomainError = (error: unknown): error is DomainError => error instanceof DomainError;

/** The result every server action returns, read by useActionState. */
export type ActionResult<T = undefined> =
  { ok: true; data: T } | { ok: false; code: ErrorCode | "INTERNAL"; message: string; fieldErrors?: FieldErrors };
