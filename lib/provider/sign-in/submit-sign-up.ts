import { signUpUser } from "@/lib/accounts/users/sign-up-user";

/**
 * Sign-up, alone or inside a sign-in (interaction `uid`). The answer is always "check your email"
 * (see signUpUser: no account enumeration), with the way back to signing in; with an invitation,
 * the account is ready and verified at once.
 */
export async function signUp(
  input: unknown,
  uid: string | null,
  ip: string | null,
  invitation?: unknown,
): Promise<{ signInHref: string; verified: boolean }> {
  const { verified } = await signUpUser(input, { ip, invitation });
  return { signInHref: signInAfterSignUp(uid), verified };
}

/** Where the new account signs in: back to the sign-in it came from, or the console's. */
export const signInAfterSignUp = (uid: string | null) => (uid ? `/interaction/${encodeURIComponent(uid)}` : "/console");
