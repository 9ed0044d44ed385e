import type { Readable, Writable } from "node:stream";
import type { FieldErrors } from "@/lib/kernel/errors";

// What a command may touch, so tests can run commands without a terminal.
export type CliIo = {
  stdin: Readable & { isTTY?: boolean; setRawMode?: (mode: boolean) => unknown };
  stdout: Writable;
  stderr: Writable;
};

/** Wrong arguments: reported with a pointer to --help, exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

// Domain field names as the operator typed them.
const flagOf: Record<string, string> = {
  email: "--email",
  name: "--name",
  scopes: "--scopes",
  expiresInDays: "--expires-in-days",
  password: "password",
  team: "--team",
};

/** One line naming the first bad field, e.g. `--email: Enter a valid email address…`. */
export function describeFieldErrors(message: string, fieldErrors: FieldErrors | undefined): string {
  const [field, messages] = Object.entries(fieldErrors ?? {}).find(([, m]) => m?.length) ?? [];
  if (!field || !messages) return message;
  return `${flagOf[field] ?? field}: ${messages[0]}`;
}
