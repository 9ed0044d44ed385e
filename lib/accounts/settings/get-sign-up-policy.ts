import "server-only";
import { getDb } from "@/lib/kernel/db/client";
import { readSetting, type SettingsReader } from "./read-setting";
import { DEFAULT_SIGN_UP_POLICY, signUpPolicySchema, type SignUpPolicy } from "./sign-up-policy";

export const SIGN_UP_POLICY_SETTING = "sign-up-policy";

/** The sign-up policy in force; closed when the stored one cannot be read. */
export function getSignUpPolicy(db: SettingsReader = getDb()): Promise<SignUpPolicy> {
  return readSetting(db, SIGN_UP_POLICY_SETTING, signUpPolicySchema, DEFAULT_SIGN_UP_POLICY, {
    mode: "closed",
    domains: [],
  });
}
