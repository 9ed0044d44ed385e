import { X509Certificate } from "node:crypto";
import { readFileSync } from "node:fs";

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

/**
 * The certificates of NINKA_OUTBOUND_CA_FILE (tests only: the extra CA outbound TLS trusts besides
 * Node's own), or a one-line reason why the file is unusable.
 */
export function readOutboundCa(file: string): { ok: true; pem: string } | { ok: false; message: string } {
  const fail = (why: string) => ({
    ok: false as const,
    message: `Invalid configuration: NINKA_OUTBOUND_CA_FILE ${why}`,
  });
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    return fail(`cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"}): ${file}`);
  }
  const blocks = text.match(PEM_BLOCK) ?? [];
  if (blocks.length === 0) return fail(`holds no PEM certificate: ${file}`);
  for (const block of blocks) {
    try {
      new X509Certificate(block);
    } catch {
      return fail(`holds a certificate that does not parse: ${file}`);
    }
  }
  return { ok: true, pem: blocks.join("\n") };
}
