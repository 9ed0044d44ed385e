import { DomainError } from "@/lib/kernel/errors";
import { readLimitedText, tooLarge } from "@/lib/kernel/net/read-limited-text";

export const MAX_BODY_BYTES = 64 * 1024;

/**
 * The JSON body of an API request: 415 unless it is application/json, 413 over 64 KB (checked
 * while reading, whatever Content-Length says), 400 when it is not UTF-8 or does not parse.
 */
export async function readJsonBody(request: Request): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/([\w.+-]+\+)?json\s*(;|$)/i.test(type)) {
    throw new DomainError("UNSUPPORTED_MEDIA_TYPE", "Send the request body as JSON (Content-Type: application/json).");
  }
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_BODY_BYTES) throw tooLarge(MAX_BODY_BYTES);
  const text = await readLimitedText(request, MAX_BODY_BYTES);
  if (!text.trim()) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new DomainError("VALIDATION", "The request body is not valid JSON.");
  }
}
