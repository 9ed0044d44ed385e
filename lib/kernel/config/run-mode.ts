// Ninka runs as production unless development is asked for explicitly: an unset or unknown
// NODE_ENV must not start Next.js's development server or a CSP that allows eval
// (ARCHITECTURE.md "Security headers"). `npm run dev` sets NODE_ENV=development.
export const isDevelopment = (): boolean => process.env.NODE_ENV === "development";

/**
 * Makes NODE_ENV say what this process is, before Next.js or React load (they pick their
 * production or development builds by it). server.ts imports this first.
 */
export function settleRunMode(): void {
  if (!isDevelopment()) (process.env as Record<string, string>).NODE_ENV = "production";
}
