import { createHash, randomBytes } from "node:crypto";
import { getConfig } from "@/lib/kernel/config/get-config";
import { isDevelopment } from "@/lib/kernel/config/run-mode";

// The one statement of the headers every response carries (ARCHITECTURE.md "Security headers"):
// server.ts sets the plain ones on every response, Next.js and oidc-provider alike, and the
// Content-Security-Policy comes from here too: proxy.ts builds it with a per-request nonce for
// Next.js's pages, the pages oidc-provider renders (lib/provider/oidc-pages) with hashes of their inline
// style and script, and every other /oauth response gets it without either.

export type SecurityContext = { https: boolean; dev: boolean };

/** This process's context: HSTS and upgrades on an https NINKA_URL; eval only in development. */
export function securityContext(): SecurityContext {
  return { https: new URL(getConfig().NINKA_URL).protocol === "https:", dev: isDevelopment() };
}

/** Headers for every response, whatever serves it. */
export function securityHeaders({ https }: SecurityContext): Record<string, string> {
  return {
    // Clickjacking: no page of Ninka's may be framed (consent and login above all). The CSP's
    // frame-ancestors says the same to current browsers; this header to older ones.
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    // Not stricter: with no-referrer, browsers send `Origin: null` on same-origin form posts, and
    // the console's forms and server actions are checked by their Origin (lib/kernel/net/same-origin.ts).
    "Referrer-Policy": "strict-origin-when-cross-origin",
    // One year, this host only: other services under the same domain may not be on https yet.
    ...(https && { "Strict-Transport-Security": "max-age=31536000" }),
  };
}

export type InlineSources = {
  /** Nonce of this response's scripts and styles (Next.js adds it to its own tags). */
  nonce?: string;
  /** CSP hash sources ('sha256-…') of inline <script> contents. */
  scriptHashes?: string[];
  /** CSP hash sources of inline <style> contents. */
  styleHashes?: string[];
};

/**
 * The Content-Security-Policy: scripts only with this response's nonce or a listed hash (never
 * 'unsafe-inline'); nothing may frame the page. No form-action: the login and consent forms end
 * in a redirect to the app's redirect URI, which browsers would check against it.
 */
export function contentSecurityPolicy({ https, dev }: SecurityContext, inline: InlineSources = {}): string {
  const nonce = inline.nonce ? [`'nonce-${inline.nonce}'`] : [];
  const script = [
    "'self'",
    ...nonce,
    // With a nonce, the scripts Next.js's own scripts load are trusted through them.
    ...(inline.nonce ? ["'strict-dynamic'"] : []),
    ...(inline.scriptHashes ?? []),
    // React in development mode evaluates code to rebuild error stacks; never in production.
    ...(dev ? ["'unsafe-eval'"] : []),
  ];
  const directives = [
    "default-src 'self'",
    `script-src ${script.join(" ")}`,
    // Next.js's development server injects its CSS with <style> elements of its own, without the
    // nonce; in production every style is a file or carries the nonce.
    `style-src ${(dev ? ["'self'", "'unsafe-inline'"] : ["'self'", ...nonce, ...(inline.styleHashes ?? [])]).join(" ")}`,
    // Registered app logos may live on any https host.
    "img-src 'self' data: https:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** A fresh nonce for one response (128 random bits). */
export const createNonce = (): string => randomBytes(16).toString("base64");

/** The CSP hash source of an inline script's or style's exact text. */
export const hashSource = (text: string): string =>
  `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
