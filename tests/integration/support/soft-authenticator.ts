import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from "node:crypto";
import { isoCBOR } from "@simplewebauthn/server/helpers";

// A software WebAuthn authenticator for tests that have no browser (W3C WebAuthn §6.1 authenticator
// data, §8.7 "none" attestation, ES256): it makes the JSON a browser would post after
// navigator.credentials.create/get, so the server's real verification (SimpleWebAuthn) runs on it.
const b64 = (bytes: Uint8Array | Buffer) => Buffer.from(bytes).toString("base64url");
const sha256 = (data: Buffer | string) => createHash("sha256").update(data).digest();
const UP = 0x01;
const UV = 0x04;
const AT = 0x40;

export class SoftAuthenticator {
  readonly credentialId = randomBytes(16);
  private readonly key: KeyObject;
  private readonly cose: Uint8Array;
  private counter = 0;

  constructor() {
    const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    this.key = privateKey;
    const jwk = publicKey.export({ format: "jwk" });
    // COSE_Key (RFC 9053): kty EC2, alg ES256, crv P-256, x, y.
    this.cose = isoCBOR.encode(
      new Map<number, number | Uint8Array>([
        [1, 2],
        [3, -7],
        [-1, 1],
        [-2, Buffer.from(jwk.x!, "base64url")],
        [-3, Buffer.from(jwk.y!, "base64url")],
      ]),
    );
  }

  get id() {
    return b64(this.credentialId);
  }

  private authData(rpId: string, flags: number, attested = false) {
    const count = Buffer.alloc(4);
    count.writeUInt32BE(this.counter);
    const head = Buffer.concat([sha256(rpId), Buffer.from([flags | (attested ? AT : 0)]), count]);
    if (!attested) return head;
    const length = Buffer.alloc(2);
    length.writeUInt16BE(this.credentialId.length);
    return Buffer.concat([head, Buffer.alloc(16), length, this.credentialId, Buffer.from(this.cose)]);
  }

  /** The registration response for `challenge` (what startRegistration returns). */
  register(opts: { challenge: string; origin: string; rpId: string }) {
    const clientData = Buffer.from(
      JSON.stringify({ type: "webauthn.create", challenge: opts.challenge, origin: opts.origin, crossOrigin: false }),
    );
    const attestation = isoCBOR.encode(
      new Map<string, unknown>([
        ["fmt", "none"],
        ["attStmt", new Map()],
        ["authData", this.authData(opts.rpId, UP | UV, true)],
      ]) as never,
    );
    return {
      id: this.id,
      rawId: this.id,
      type: "public-key" as const,
      response: { clientDataJSON: b64(clientData), attestationObject: b64(attestation), transports: ["internal"] },
      clientExtensionResults: {},
    };
  }

  /** The assertion for `challenge` (what startAuthentication returns), signed with this key. */
  assert(opts: { challenge: string; origin: string; rpId: string; userId: string; userVerified?: boolean }) {
    this.counter += 1;
    const clientData = Buffer.from(
      JSON.stringify({ type: "webauthn.get", challenge: opts.challenge, origin: opts.origin, crossOrigin: false }),
    );
    const authenticatorData = this.authData(opts.rpId, UP | (opts.userVerified === false ? 0 : UV));
    const signature = sign("sha256", Buffer.concat([authenticatorData, sha256(clientData)]), this.key); // DER, as WebAuthn wants
    return {
      id: this.id,
      rawId: this.id,
      type: "public-key" as const,
      response: {
        clientDataJSON: b64(clientData),
        authenticatorData: b64(authenticatorData),
        signature: b64(signature),
        userHandle: b64(Buffer.from(opts.userId)),
      },
      clientExtensionResults: {},
    };
  }
}
