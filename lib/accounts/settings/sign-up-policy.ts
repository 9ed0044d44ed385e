import { z } from "zod";
import { plainText } from "@/lib/kernel/validation/plain-text";

// Who may create an account from the sign-up page (ARCHITECTURE.md "Sign-up policy and
// invitations"). The CLI, and anyone holding an administrator's invitation, may under every mode.
// This list is the one source for the admin form, the sign-up page and the check below.
export const SIGN_UP_MODES = {
  open: { label: "Open", description: "Anyone can create an account." },
  domains: {
    label: "Listed email domains",
    description: "Only addresses at the domains you list can create an account.",
  },
  closed: {
    label: "Closed",
    description: "No one can sign up; administrators invite people and the CLI creates accounts.",
  },
} as const;
export type SignUpMode = keyof typeof SIGN_UP_MODES;
const modes = Object.keys(SIGN_UP_MODES) as [SignUpMode, ...SignUpMode[]];

const MAX_SIGN_UP_DOMAINS = 50;
// A DNS name: labels of letters, digits and hyphens, at least one dot (RFC 1035 §2.3.1).
const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

const domainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(DOMAIN, { error: "Enter domains like example.com, one per line." });

/** A list of email domains: one per line or comma-separated in a form, a list when stored; no repeats. */
export const domainListSchema = (max: number) =>
  z
    .union([
      plainText({ multiline: true })
        .max(10_000)
        .transform((text) => text.split(/[\s,]+/).filter(Boolean)),
      z.array(z.string().max(253)),
    ])
    .default([])
    .pipe(z.array(domainSchema).max(max, { error: `List at most ${max} domains.` }))
    .transform((domains) => [...new Set(domains)]);

export const signUpPolicySchema = z
  .object({
    mode: z.enum(modes, { error: "Choose who can sign up." }),
    domains: domainListSchema(MAX_SIGN_UP_DOMAINS),
  })
  .refine((policy) => policy.mode !== "domains" || policy.domains.length > 0, {
    error: "List at least one domain, or choose another option.",
    path: ["domains"],
  });

export type SignUpPolicy = z.output<typeof signUpPolicySchema>;
export const DEFAULT_SIGN_UP_POLICY: SignUpPolicy = { mode: "open", domains: [] };

/** Why `email` may not sign up under `policy` (a sentence for the person), or null when it may. */
export function signUpRefusal(policy: SignUpPolicy, email: string): string | null {
  if (policy.mode === "open") return null;
  if (policy.mode === "closed") return "Sign-up is closed on this Ninka. Ask an administrator for an invitation.";
  const domain = email.slice(email.lastIndexOf("@") + 1).toLowerCase();
  return policy.domains.includes(domain) ? null : `Sign-up is limited to addresses at ${policy.domains.join(", ")}.`;
}

/**
 * Whether the account of `email` may sign in only with a verified address: under listed email
 * domains the address is what admits an account, so one at a listed domain must prove it first.
 */
export function signInNeedsVerifiedAddress(policy: SignUpPolicy, email: string): boolean {
  return policy.mode === "domains" && signUpRefusal(policy, email) === null;
}
