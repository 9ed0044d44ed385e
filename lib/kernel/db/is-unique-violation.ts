/** Whether `error` is Prisma's unique-constraint violation (P2002), on either database. */
export const isUniqueViolation = (error: unknown) => (error as { code?: unknown } | null)?.code === "P2002";
