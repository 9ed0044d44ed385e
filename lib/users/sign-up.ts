import { finishInteraction } from "@/lib/oidc/interaction-request";
import { createUser } from "./create-user";

/**
 * Creates the account; when signing up inside a sign-in (interaction `uid`), that sign-in ends
 * with the new user signed in. Returns where the browser goes next.
 */
export async function signUp(input: { name: string; email: string; password: string }, uid: string | null): Promise<string> {
  const user = await createUser(input);
  const next = uid ? await finishInteraction(uid, { login: { accountId: user.id } }) : null;
  return next ?? `/signin?${new URLSearchParams({ callbackUrl: "/console", login_hint: user.email })}`;
}
