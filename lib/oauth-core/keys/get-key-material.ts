import "server-only";
import { randomBytes } from "node:crypto";
import { calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK } from "jose";
import { getDb } from "@/lib/kernel/db/client";
import { seal, unseal } from "@/lib/kernel/crypto/derived-keys";
import { SIGNING_ALGS } from "./signing-algorithms";
import { signingOrder, type SigningKeyState } from "./signing-key-states";

// The keys node-oidc-provider needs: the published signing keys (ARCHITECTURE.md "Signing keys"),
// the active key of each algorithm first, and the keys that sign its cookies. The first signing key
// of each algorithm of signing-algorithms.ts and the cookie key are created at first start; all are
// stored with the private part sealed under NINKA_SECRET and read back whenever the provider is
// built, so a restart (or another process) serves the same JWKS.
const COOKIE_SLOT = "cookie:1";
const SEALED_AS = "oidc-keys";

export type KeyMaterial = { jwks: { keys: JWK[] }; cookieKeys: string[] };

type NewKey = { kind: string; kid: string | null; alg: string | null; publicJwk: JWK | null; secret: string };

/** A new signing key pair of `alg`, its `kid` the RFC 7638 thumbprint of its public key. */
export async function newSigningKey(alg: string): Promise<NewKey> {
  const { publicKey, privateKey } = await generateKeyPair(alg, { extractable: true, modulusLength: 2048 });
  const publicJwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(publicJwk);
  const privateJwk = { ...(await exportJWK(privateKey)), kid, alg, use: "sig" };
  return {
    kind: "signing",
    kid,
    alg,
    publicJwk: { ...publicJwk, kid, alg, use: "sig" },
    secret: JSON.stringify(privateJwk),
  };
}

/** The row of a new key, its private part sealed. */
export async function sealedKeyRow(id: string, key: NewKey, secret: string, state: SigningKeyState | null) {
  return {
    id,
    kind: key.kind,
    kid: key.kid,
    alg: key.alg,
    state,
    activatedAt: state === "active" ? new Date() : null,
    publicJwk: key.publicJwk ?? undefined,
    secretJwe: await seal(key.secret, secret, SEALED_AS),
  };
}

function newCookieKey(): NewKey {
  return { kind: "cookie", kid: null, alg: null, publicJwk: null, secret: randomBytes(32).toString("base64url") };
}

/** The stored sealed secret of a first-start slot, creating it first if no process has yet. */
async function slotSecret(
  id: string,
  secret: string,
  create: () => Promise<NewKey> | NewKey,
  state: SigningKeyState | null,
) {
  const db = getDb();
  let row = await db.oidcKey.findUnique({ where: { id } });
  if (!row) {
    try {
      row = await db.oidcKey.create({ data: await sealedKeyRow(id, await create(), secret, state) });
    } catch {
      // Another process created this slot between our read and write: use theirs.
      row = await db.oidcKey.findUniqueOrThrow({ where: { id } });
    }
  }
  return row.secretJwe;
}

export async function getKeyMaterial(secret: string): Promise<KeyMaterial> {
  const db = getDb();
  const rows = await db.oidcKey.findMany({
    where: { kind: "signing", state: { in: ["next", "active", "retiring"] } },
    select: { alg: true, state: true, secretJwe: true },
  });
  const published = rows.map((row) => ({
    alg: row.alg ?? "",
    state: row.state as SigningKeyState,
    sealed: row.secretJwe,
  }));
  for (const alg of SIGNING_ALGS) {
    if (published.some((key) => key.alg === alg && key.state === "active")) continue;
    const sealed = await slotSecret(`signing:${alg}`, secret, () => newSigningKey(alg), "active");
    published.push({ alg, state: "active", sealed });
  }
  const keys: JWK[] = [];
  for (const key of signingOrder(published, SIGNING_ALGS))
    keys.push(JSON.parse(await unseal(key.sealed, secret, SEALED_AS)) as JWK);
  const cookieKeys = [await unseal(await slotSecret(COOKIE_SLOT, secret, newCookieKey, null), secret, SEALED_AS)];
  return { jwks: { keys }, cookieKeys };
}
