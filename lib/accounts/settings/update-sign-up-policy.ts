import "server-only";
import type { AnyActor } from "@/lib/kernel/actors/any-actor";
import { recordAuditEvent } from "@/lib/kernel/audit/record-audit-event";
import { getDb } from "@/lib/kernel/db/client";
import { parseOrThrow } from "@/lib/kernel/validation/parse-or-throw";
import { assertAdmin } from "@/lib/kernel/actors/assert-admin";
import { getSignUpPolicy, SIGN_UP_POLICY_SETTING } from "./get-sign-up-policy";
import { signUpPolicySchema, type SignUpPolicy } from "./sign-up-policy";

/** Sets who may sign up (admins only), recording the change with its before and after. */
export async function updateSignUpPolicy(
  actor: AnyActor,
  input: unknown,
  request?: { ip?: string | null; userAgent?: string | null },
): Promise<SignUpPolicy> {
  const policy = parseOrThrow(signUpPolicySchema, input);
  return getDb().$transaction(async (tx) => {
    await assertAdmin(tx, actor);
    const before = await getSignUpPolicy(tx);
    const value = JSON.stringify(policy);
    await tx.instanceSetting.upsert({
      where: { name: SIGN_UP_POLICY_SETTING },
      create: { name: SIGN_UP_POLICY_SETTING, value },
      update: { value },
    });
    await recordAuditEvent(tx, {
      actor,
      action: "settings.changed",
      target: { type: "settings", id: SIGN_UP_POLICY_SETTING },
      request,
      details: { before, after: policy },
    });
    return policy;
  });
}
