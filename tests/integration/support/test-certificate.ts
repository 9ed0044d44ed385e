import { randomUUID } from "node:crypto";
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generate } from "selfsigned";

// A throwaway certificate authority and a server certificate it signed for 127.0.0.1/localhost,
// made once per test process (never committed): the mail catcher offers STARTTLS with it, and Ninka
// trusts the CA only through NINKA_OUTBOUND_CA_FILE (the file written here).
export type TestCertificate = { key: string; cert: string; caFile: string; caPem: string };

let made: Promise<TestCertificate> | undefined;

async function make(): Promise<TestCertificate> {
  const notAfterDate = new Date(Date.now() + 24 * 3600_000);
  const ca = await generate([{ name: "commonName", value: "Ninka test CA" }], {
    keyType: "ec",
    algorithm: "sha256",
    notAfterDate,
    extensions: [
      { name: "basicConstraints", cA: true, critical: true },
      { name: "keyUsage", keyCertSign: true, cRLSign: true, critical: true },
    ],
  });
  const server = await generate([{ name: "commonName", value: "localhost" }], {
    keyType: "ec",
    algorithm: "sha256",
    notAfterDate,
    ca: { key: ca.private, cert: ca.cert },
    extensions: [
      { name: "basicConstraints", cA: false, critical: true },
      { name: "keyUsage", digitalSignature: true, critical: true },
      { name: "extKeyUsage", serverAuth: true },
      {
        name: "subjectAltName",
        altNames: [
          { type: 2, value: "localhost" },
          { type: 7, ip: "127.0.0.1" },
        ],
      },
    ],
  });
  const caFile = join(tmpdir(), `ninka-test-ca-${randomUUID()}.pem`);
  writeFileSync(caFile, ca.cert, { mode: 0o600 });
  return { key: server.private, cert: server.cert, caFile, caPem: ca.cert };
}

export const testCertificate = (): Promise<TestCertificate> => (made ??= make());
