import { z } from "zod";

// Text that reaches the database: no C0 control characters and no DEL. PostgreSQL refuses U+0000
// in text (error 22021) while SQLite stores it, so both refuse it here, before any query, with a
// 400 naming the field (ARCHITECTURE.md "Input"). Multi-line fields may keep \n, \r and \t.
const CONTROL = /[\u0000-\u001f\u007f]/;
const CONTROL_EXCEPT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

const CONTROL_CHARACTER_MESSAGE = "must not contain control characters";

/** Whether `value` has a control character a one-line field refuses. */
export const hasControlCharacter = (value: string, { multiline = false } = {}) =>
  (multiline ? CONTROL_EXCEPT_LINES : CONTROL).test(value);

/** A string without control characters (except line breaks and tabs when `multiline`). */
export const plainText = (options: { error?: string; multiline?: boolean } = {}) =>
  z
    .string({ error: options.error ?? "must be text" })
    .refine((value) => !hasControlCharacter(value, options), { error: CONTROL_CHARACTER_MESSAGE, abort: true });
