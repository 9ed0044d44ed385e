import { readLimitedText } from "@/lib/kernel/net/read-limited-text";

// A sign-in form is an email and a password of at most a few hundred characters each; 16 KB
// leaves room for any encoding of them and nothing for a payload meant to exhaust the server.
export const MAX_FORM_BYTES = 16 * 1024;

/**
 * A urlencoded form post, read with a bound (DomainError PAYLOAD_TOO_LARGE beyond it, checked
 * while reading whatever Content-Length says) — unlike `request.formData()`, which reads it all.
 */
export async function readFormBody(request: Request, max = MAX_FORM_BYTES): Promise<URLSearchParams> {
  return new URLSearchParams(await readLimitedText(request, max));
}
