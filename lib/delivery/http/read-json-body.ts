import { DomainError } from "@/lib/kernel/errors";

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
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  const text = await readLimitedText(request, MAX_BODY_BYTES);
  if (!text.trim()) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new DomainError("VALIDATION", "The request body is not valid JSON.");
  }
}

const tooLarge = (max = MAX_BODY_BYTES) =>
  new DomainError("PAYLOAD_TOO_LARGE", `The request body must be at most ${max / 1024} KB.`);

/** The body as text, refused (PAYLOAD_TOO_LARGE) once more than `max` bytes arrived. */
export async function readLimitedText(request: Request, max: number): Promise<string> {
  if (Number(request.headers.get("content-length") ?? 0) > max) throw tooLarge(max);
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      throw tooLarge(max);
    }
    chunks.push(value);
  }
  // RFC 8259 §8.1: JSON is UTF-8. Invalid bytes are a 400, not silently replaced with U+FFFD.
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new DomainError("VALIDATION", "The request body is not valid UTF-8.");
  }
}
