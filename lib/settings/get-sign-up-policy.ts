import "server-only";
import { getDb, type Db } from "@/lib/db/client";
import { log } from "@/lib/log";
import { DEFAULT_SIGN_UP_POLICY, signUpPolicySchema, type SignUpPolicy } from "./sign-up-policy";

export const SIGN_UP_POLICY_SETTING = "sign-up-policy";

/**
 * The sign-up policy in force, read from the database on every call: one row by primary key, so
 * every process sees an administrator's change at once, with no cache to invalidate.
 */
export async function getSignUpPolicy(db: Pick<Db, "instanceSetting"> = getDb()): Promise<SignUpPolicy> {
  const row = await db.instanceSetting.findUnique({ where: { name: SIGN_UP_POLICY_SETTING }, select: { value: true } });
  if (!row) return DEFAULT_SIGN_UP_POLICY;
  const parsed = signUpPolicySchema.safeParse(parseJson(row.value));
  if (parsed.success) return parsed.data;
  // Only a hand edit of the row gets here. Closed is the safe reading of a policy we cannot read.
  log.error("the stored sign-up policy is not valid: treating sign-up as closed until an administrator saves it again");
  return { mode: "closed", domains: [] };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
