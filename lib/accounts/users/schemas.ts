import { z } from "zod";
import { plainText } from "@/lib/kernel/validation/plain-text";
import commonPasswords from "./common-passwords.json";
import { DomainError } from "@/lib/kernel/errors";

// Password rules after NIST SP 800-63B §3.1.1.2: a minimum length, no composition rules, and a
// refusal of passwords known to be common. common-passwords.json is every entry of 10 or more
// characters (shorter ones fail the length rule anyway) from the password list of
// @zxcvbn-ts/language-common 4.1.3 (MIT, Dropbox's zxcvbn list), lower-cased.
const PASSWORD_MIN_LENGTH = 10;
// 800-63B asks to allow at least 64; the upper bound only stops absurd inputs to the hash.
export const PASSWORD_MAX_LENGTH = 256;

const common = new Set<string>(commonPasswords);

export const isCommonPassword = (password: string) => common.has(password.toLowerCase());

export const passwordRules = [
  `At least ${PASSWORD_MIN_LENGTH} characters.`,
  "Any characters you like, spaces too; a few unrelated words make a good one.",
  "Very common passwords are refused.",
];

// An empty field says only that it is required: `abort` stops the length and common-password checks.
export const passwordSchema = z
  .string({ error: "Enter a password." })
  .min(1, { error: "Enter a password.", abort: true })
  .min(PASSWORD_MIN_LENGTH, { error: `Use at least ${PASSWORD_MIN_LENGTH} characters.` })
  .max(PASSWORD_MAX_LENGTH, { error: `Use at most ${PASSWORD_MAX_LENGTH} characters.` })
  .refine((password) => !isCommonPassword(password), {
    error: "This password is too common and easy to guess. Choose another.",
  });

// Stored and compared trimmed and lower-cased: one account per mailbox, whatever the typing.
export const emailSchema = z
  .string({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  // An empty field is "required", not "invalid" (a pipe stops at the first failing side).
  .min(1, { error: "Enter your email address." })
  .pipe(
    z
      .email({ error: "Enter a valid email address, like name@example.com." })
      .max(254, { error: "That email address is too long." }),
  );

/** An address given on its own (an operator's `--email`): the stored form, or VALIDATION on `email`. */
export function parseEmail(input: unknown): string {
  const parsed = emailSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw DomainError.fields({ email: [parsed.error.issues[0]!.message] }, "Check the email address.");
}

const nameSchema = plainText({ error: "Enter your name." })
  .trim()
  .min(1, { error: "Enter your name." })
  .max(100, { error: "Use at most 100 characters." });

/** The profile a person edits on /account: their name (the `name` claim of the profile scope). */
export const profileSchema = z.object({ name: nameSchema });

// A password must not be the account's address (compared as addresses are stored: lower-cased).
// One rule for sign-up (in its schema) and for changes and resets, whose address is the account's.
const PASSWORD_IS_EMAIL = "Your password must not be your email address.";
const isEmailAddress = (password: string, email: string) => password.toLowerCase() === email;

/** Throws VALIDATION on `field` when `password` is the account's `email`. */
export function assertPasswordNotEmail(password: string, email: string, field: string): void {
  if (isEmailAddress(password, email)) throw DomainError.field(field, PASSWORD_IS_EMAIL);
}

export const signUpSchema = z
  .object({ name: nameSchema, email: emailSchema, password: passwordSchema })
  .refine((input) => !isEmailAddress(input.password, input.email), {
    error: PASSWORD_IS_EMAIL,
    path: ["password"],
    // Only once both fields are valid: an empty form's "" equals "" and is not the person's address.
    when: (payload) => !payload.issues.some((issue) => issue.path?.[0] === "email" || issue.path?.[0] === "password"),
  });

// A checkbox: present ("on") when ticked, absent (null from FormData) when not.
const checkbox = z
  .unknown()
  .optional()
  .transform((value) => value === true || value === "on");

export const changePasswordSchema = z.object({
  // Capped like a new password, so no absurd input reaches the hash (it could not match anyway).
  currentPassword: z
    .string({ error: "Enter your current password." })
    .min(1, { error: "Enter your current password." })
    .max(PASSWORD_MAX_LENGTH, { error: "That is not your current password." }),
  newPassword: passwordSchema,
  endAppAccess: checkbox,
  revokeTokens: checkbox,
});

// Deleting an account: the password again, and the ids of the apps the person was shown and agreed
// to delete with it (an app created since then stops the deletion).
export const deleteAccountSchema = z.object({
  // Typed by hand: deleting is not one click, even right after signing in again.
  confirmEmail: z.string({ error: "Type your email address to confirm." }).trim().toLowerCase().max(320),
  confirmedAppIds: z.array(z.string().max(200)).max(1000).default([]),
});

// Changing the account's email address: the new one, and the password to show it is the owner.
export const changeEmailSchema = z.object({ newEmail: emailSchema });
