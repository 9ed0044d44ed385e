import type { FindAccount } from "oidc-provider";
import { findAccountClaims } from "@/lib/kernel/db/hot-path";

// The OIDC subject is User.id; email_verified is true once the user opened the link mailed to them.
// Called at every authorization and token exchange: one prepared statement (lib/kernel/db/hot-path.ts).
// A disabled account is not found, so oidc-provider refuses it everywhere it asks: a session of it
// must sign in again, and code exchange, refresh, device code and userinfo fail
// (ARCHITECTURE.md "What ends when").
export const findAccount: FindAccount = async (_ctx, sub) => {
  const user = await findAccountClaims(sub);
  if (!user) return undefined;
  return {
    accountId: user.id,
    claims: async () => ({
      sub: user.id,
      name: user.name,
      email: user.email,
      email_verified: user.emailVerified,
      updated_at: user.updatedAt,
    }),
  };
};
