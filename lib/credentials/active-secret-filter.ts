/** Prisma filter for a client's secrets that still work now (not expired). */
export const activeSecretWhere = (now = new Date()) => ({ OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] });
