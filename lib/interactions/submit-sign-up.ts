import { finishInteraction } from "./find-interaction";
import { createUser } from "@/lib/users/create-user";

/**
 * Creates the account; when signing up inside a sign-in (interaction `uid`), that sign-in ends
 * with the new user signed in. Returns where the browser goes next.
 */
export async function signUp(input: unknown, uid: string | null): Promise<string> {
  const user = await createUser(input);
  const next = uid ? await finishInteraction(uid, { login: { accountId: user.id } }) : null;
  return next ?? `/signin?${new URLSearchParams({ callbackUrl: "/console", login_hint: user.email })}`;
}
