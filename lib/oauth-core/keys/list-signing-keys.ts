import "server-only";
import type { AnyActor } from "@/lib/kernel/actors/any-actor";
import { assertAdmin } from "@/lib/kernel/actors/assert-admin";
import { getDb } from "@/lib/kernel/db/client";
import { retirableAt, type SigningKeyState } from "./signing-key-states";

export type SigningKeyView = {
  kid: string;
  alg: string;
  state: SigningKeyState;
  createdAt: Date;
  activatedAt: Date | null;
  retiringAt: Date | null;
  /** A retiring key: when it may be retired (automatically by the maintenance pass). */
  retirableAt: Date | null;
  retiredAt: Date | null;
};

/** Every signing key ever made, newest first (administrators and the CLI). */
export async function listSigningKeys(actor: AnyActor): Promise<SigningKeyView[]> {
  const db = getDb();
  await assertAdmin(db, actor);
  const rows = await db.oidcKey.findMany({
    where: { kind: "signing" },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: {
      kid: true,
      alg: true,
      state: true,
      createdAt: true,
      activatedAt: true,
      retiringAt: true,
      retiredAt: true,
    },
  });
  return rows.map((row) => {
    const key = { ...row, kid: row.kid ?? "", alg: row.alg ?? "", state: (row.state ?? "retired") as SigningKeyState };
    return { ...key, retirableAt: key.state === "retiring" ? retirableAt(key) : null };
  });
}
