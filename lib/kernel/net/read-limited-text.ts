import { DomainError } from "@/lib/kernel/errors";

export const tooLarge = (max: number) =>
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
