import type { FindAccount } from "oidc-provider";
import { getUserById } from "@/lib/users/get-user";

// The OIDC subject is User.id; email_verified is true once the user opened the link mailed to them.
export const findAccount: FindAccount = async (_ctx, sub) => {
  const user = await getUserById(sub);
  if (!user) return undefined;
  return {
    accountId: user.id,
    claims: async () => ({
      sub: user.id,
      name: user.name,
      email: user.email,
      email_verified: user.emailVerifiedAt !== null,
      updated_at: Math.floor(user.updatedAt.getTime() / 1000),
    }),
  };
};
