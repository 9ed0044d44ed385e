import { z } from "zod";
import { plainText } from "@/lib/kernel/validation/plain-text";

// An app's JWK Set for private_key_jwt (RFC 7523, ARCHITECTURE.md "Clients and secrets"): public
// keys only (RFC 7517 §4, §6): a private member, or a symmetric key, would mean the app sent its
// secret to Ninka. oidc-provider checks the keys themselves when it loads the client.
const PRIVATE_MEMBERS = ["d", "p", "q", "dp", "dq", "qi", "oth", "k"] as const;
const REQUIRED_MEMBERS: Record<string, readonly string[]> = {
  EC: ["crv", "x", "y"],
  RSA: ["n", "e"],
  OKP: ["crv", "x"],
};
const MAX_CLIENT_KEYS = 10;

/** The algorithms an app's assertions may be signed with (asymmetric only; no HS*). */
export const CLIENT_AUTH_SIGNING_ALGS = ["ES256", "RS256", "PS256", "EdDSA"] as const;

const member = plainText({ error: "must hold JWK members as text" }).max(2000, { error: "has a member too long" });
const jwk = z.record(
  z.string(),
  z.union([member, z.array(member).max(10)], { error: "must hold JWK members as text, without control characters" }),
  { error: "must be a list of JWKs" },
);

export const jwksSchema = z
  .object({ keys: z.array(jwk).min(1, { error: "must hold at least one key" }) }, { error: "must be a JWK Set" })
  .superRefine(({ keys }, ctx) => {
    const issue = (message: string) => ctx.addIssue({ code: "custom", message });
    if (keys.length > MAX_CLIENT_KEYS) return issue(`must hold at most ${MAX_CLIENT_KEYS} keys`);
    keys.forEach((key, index) => {
      const which = `key ${index + 1}`;
      const secret = PRIVATE_MEMBERS.filter((name) => name in key);
      if (secret.length)
        return issue(`must hold only public keys: ${which} has private member ${secret.join(", ")}; remove it`);
      const required = REQUIRED_MEMBERS[String(key.kty)];
      if (!required) return issue(`must hold EC, RSA or OKP keys (${which} has kty ${String(key.kty).slice(0, 20)})`);
      const missing = required.filter((name) => typeof key[name] !== "string");
      if (missing.length) issue(`must hold whole keys: ${which} has no ${missing.join(", ")}`);
    });
    const kids = keys.map((key) => key.kid).filter((kid) => kid !== undefined);
    if (new Set(kids).size !== kids.length) issue("must not repeat a kid");
  });
