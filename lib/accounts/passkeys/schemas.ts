import { z } from "zod";
import { plainText } from "@/lib/kernel/validation/plain-text";

const PASSKEY_NAME_MAX = 60;
export const passkeyNameSchema = plainText()
  .trim()
  .min(1, { error: "Give the passkey a name" })
  .max(PASSKEY_NAME_MAX, { error: `At most ${PASSKEY_NAME_MAX} characters` });

const b64url = z
  .string()
  .max(4096)
  .regex(/^[A-Za-z0-9_-]*$/, { error: "must be base64url" });

// The browser's PublicKeyCredential as JSON (W3C WebAuthn §5.1, toJSON): only its shape and sizes
// are checked here; SimpleWebAuthn verifies the contents.
const registrationResponseSchema = z.object({
  id: b64url.min(1),
  rawId: b64url.min(1),
  type: z.literal("public-key"),
  response: z.object({
    clientDataJSON: b64url,
    attestationObject: b64url.max(16384),
    transports: z.array(z.string().max(32)).max(10).optional(),
  }),
  clientExtensionResults: z.record(z.string(), z.unknown()).default({}),
  authenticatorAttachment: z.enum(["platform", "cross-platform"]).optional(),
});

export const authenticationResponseSchema = z.object({
  id: b64url.min(1),
  rawId: b64url.min(1),
  type: z.literal("public-key"),
  response: z.object({
    clientDataJSON: b64url,
    authenticatorData: b64url,
    signature: b64url,
    userHandle: b64url.optional(),
  }),
  clientExtensionResults: z.record(z.string(), z.unknown()).default({}),
  authenticatorAttachment: z.enum(["platform", "cross-platform"]).optional(),
});

export const addPasskeySchema = z.object({ name: passkeyNameSchema, response: registrationResponseSchema });
