import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/kernel/actors/actor";
import { getDb } from "@/lib/kernel/db/client";

/**
 * The actor as a console session sees it: bound to a Ninka session of theirs that signed in
 * `signedInSecondsAgo` ago (oidc-provider's Session row, as its adapter stores it). For in-process
 * tests of changes that need a recent sign-in (lib/accounts/sessions/step-up.ts).
 */
export async function withSession<T extends Actor>(actor: T, signedInSecondsAgo = 0): Promise<T> {
  const id = randomUUID();
  const uid = randomUUID();
  const now = Math.floor(Date.now() / 1000);
  await getDb().oidcPayload.create({
    data: {
      model: "Session",
      id,
      uid,
      accountId: actor.id,
      payload: {
        jti: id,
        uid,
        kind: "Session",
        accountId: actor.id,
        loginTs: now - signedInSecondsAgo,
        iat: now,
        exp: now + 3600,
      },
      expiresAt: new Date((now + 3600) * 1000),
    },
  });
  return { ...actor, session: { uid } };
}
