import "server-only";
import { randomBytes } from "node:crypto";
import { calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK } from "jose";
import { getDb } from "@/lib/kernel/db/client";
import { seal, unseal } from "@/lib/kernel/crypto/derived-keys";
import { SIGNING_ALGS } from "./signing-algorithms";

// The keys node-oidc-provider needs: one signing key per algorithm of signing-algorithms.ts (the
// default first) and the keys that sign its cookies. Created at first
// start, stored with the private part sealed under NINKA_SECRET, and read back at every start so
// a restart (or another process) serves the same JWKS.
const SIGNING_SLOTS = SIGNING_ALGS.map((alg) => ({ id: `signing:${alg}`, alg }));
const COOKIE_SLOT = "cookie:1";

export type KeyMaterial = { jwks: { keys: JWK[] }; cookieKeys: string[] };

type NewKey = { kind: string; kid: string | null; publicJwk: JWK | null; secret: string };

async function newSigningKey(alg: string): Promise<NewKey> {
  const { publicKey, privateKey } = await generateKeyPair(alg, { extractable: true, modulusLength: 2048 });
  const publicJwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(publicJwk);
  const privateJwk = { ...(await exportJWK(privateKey)), kid, alg, use: "sig" };
  return {
    kind: "signing",
    kid,
    publicJwk: { ...publicJwk, kid, alg, use: "sig" },
    secret: JSON.stringify(privateJwk),
  };
}

function newCookieKey(): NewKey {
  return { kind: "cookie", kid: null, publicJwk: null, secret: randomBytes(32).toString("base64url") };
}

/** The stored secret of a slot, creating it first if no process has yet. */
async function slotSecret(id: string, secret: string, create: () => Promise<NewKey> | NewKey): Promise<string> {
  const db = getDb();
  let row = await db.oidcKey.findUnique({ where: { id } });
  if (!row) {
    const key = await create();
    const data = {
      id,
      kind: key.kind,
      kid: key.kid,
      publicJwk: key.publicJwk ?? undefined,
      secretJwe: await seal(key.secret, secret, "oidc-keys"),
    };
    try {
      row = await db.oidcKey.create({ data });
    } catch {
      // Another process created this slot between our read and write: use theirs.
      row = await db.oidcKey.findUniqueOrThrow({ where: { id } });
    }
  }
  return unseal(row.secretJwe, secret, "oidc-keys");
}

export async function getKeyMaterial(secret: string): Promise<KeyMaterial> {
  const keys: JWK[] = [];
  for (const slot of SIGNING_SLOTS) {
    keys.push(JSON.parse(await slotSecret(slot.id, secret, () => newSigningKey(slot.alg))) as JWK);
  }
  const cookieKeys = [await slotSecret(COOKIE_SLOT, secret, newCookieKey)];
  return { jwks: { keys }, cookieKeys };
}
