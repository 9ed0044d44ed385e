import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { generateSecret, generateURI, verify } from "otplib";
import { z } from "zod";
import { getConfig } from "@/lib/kernel/config/get-config";
import { seal, unseal } from "@/lib/kernel/crypto/derived-keys";

// TOTP (RFC 6238) through otplib, never by hand (ARCHITECTURE.md "Two-step sign-in"). Keys are
// sealed under a key derived from NINKA_SECRET; recovery codes are kept as SHA-256 digests only.
export const RECOVERY_CODE_COUNT = 10;
const TOLERANCE_SECONDS = 30; // one step either side, for clock drift (RFC 6238 §5.2)

export const totpCodeSchema = z
  .string()
  .trim()
  .regex(/^\d{6}$/, { error: "Enter the 6-digit code" });
export const secondStepCodeSchema = z.string().trim().min(1, { error: "Enter a code" }).max(64);

export const newTotpKey = () => generateSecret();
export const totpUri = (key: string, email: string) => generateURI({ issuer: "Ninka", label: email, secret: key });
export const sealTotpKey = (key: string) => seal(key, getConfig().secret, "totp-secrets");
export const unsealTotpKey = (jwe: string) => unseal(jwe, getConfig().secret, "totp-secrets");

/** The time step of a valid code, or null; a step at or before `afterStep` is refused (no replay). */
export async function checkTotp(key: string, code: string, afterStep?: number | null): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const result = await verify({
    secret: key,
    token: code,
    epochTolerance: TOLERANCE_SECONDS,
    afterTimeStep: afterStep ?? undefined,
  });
  return result.valid && "timeStep" in result ? result.timeStep : null;
}

// 10 characters of Crockford-like base32 (50 bits), shown as xxxxx-xxxxx.
const ALPHABET = "abcdefghjkmnpqrstuvwxyz234567890"; // 32 symbols: no modulo bias
export function newRecoveryCode(): string {
  const chars = [...randomBytes(10)].map((b) => ALPHABET[b % ALPHABET.length]);
  return `${chars.slice(0, 5).join("")}-${chars.slice(5).join("")}`;
}
export const recoveryDigest = (code: string) =>
  createHash("sha256")
    .update(
      code
        .trim()
        .toLowerCase()
        .replace(/[^a-z0-9]/g, ""),
    )
    .digest("base64url");
