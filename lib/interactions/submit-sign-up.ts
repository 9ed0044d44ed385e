import { signUpUser } from "@/lib/users/sign-up-user";

/**
 * Sign-up, alone or inside a sign-in (interaction `uid`). The answer is always "check your email"
 * (see signUpUser: no account enumeration), with the way back to signing in.
 */
export async function signUp(input: unknown, uid: string | null, ip: string | null): Promise<{ signInHref: string }> {
  await signUpUser(input, { ip });
  return { signInHref: uid ? `/interaction/${encodeURIComponent(uid)}` : "/console" };
}
