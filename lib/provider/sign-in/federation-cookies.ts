import "server-only";
import { getConfig } from "@/lib/kernel/config/get-config";
import { seal, unseal } from "@/lib/kernel/crypto/derived-keys";
import { LIFETIMES } from "@/lib/kernel/time/lifetimes";

// A federated sign-in keeps its state in two sealed cookies, never in the URL or the database
// (ARCHITECTURE.md "Federation"): from the start to the upstream's callback (path /connections/),
// then from the callback to the interaction it finishes (the interaction cookie's own path, which
// the callback URL is outside of). Sealed (JWE, A256GCM): neither readable nor forgeable; each
// carries its own expiry and is cleared when used.
export const FEDERATION_STATE_COOKIE = "ninka_federation";
export const FEDERATION_RESULT_COOKIE = "ninka_federation_result";

const attributes = (path: string, maxAge: number, secure: boolean) =>
  [`Path=${path}`, `Max-Age=${maxAge}`, "HttpOnly", "SameSite=Lax", ...(secure ? ["Secure"] : [])].join("; ");

export async function sealedCookie(name: string, value: object, path: string, secure: boolean): Promise<string> {
  const exp = Math.floor(Date.now() / 1000) + LIFETIMES.federationState;
  const sealed = await seal(JSON.stringify({ ...value, exp }), getConfig().secret, "federation-state");
  return `${name}=${sealed}; ${attributes(path, LIFETIMES.federationState, secure)}`;
}

export const clearedCookie = (name: string, path: string, secure: boolean) =>
  `${name}=; ${attributes(path, 0, secure)}`;

/** The cookie's content when it is ours and unexpired, else null. */
export async function openCookie(value: string | undefined): Promise<Record<string, unknown> | null> {
  if (!value) return null;
  try {
    const content = JSON.parse(await unseal(value, getConfig().secret, "federation-state")) as Record<string, unknown>;
    return typeof content.exp === "number" && content.exp > Date.now() / 1000 ? content : null;
  } catch {
    return null;
  }
}
