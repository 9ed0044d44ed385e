import "server-only";
import { getDb } from "@/lib/kernel/db/client";

export type UserRecord = {
  id: string;
  email: string;
  name: string;
  passwordChangedAt: Date | null;
  emailVerifiedAt: Date | null;
  updatedAt: Date;
  isAdmin: boolean;
  disabledAt: Date | null;
};

const select = {
  id: true,
  email: true,
  name: true,
  passwordChangedAt: true,
  emailVerifiedAt: true,
  updatedAt: true,
  isAdmin: true,
  disabledAt: true,
} as const;

export async function getUserById(id: string): Promise<UserRecord | null> {
  return getDb().user.findUnique({ where: { id }, select });
}
