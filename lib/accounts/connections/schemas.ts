import { z } from "zod";
import { domainListSchema } from "@/lib/accounts/settings/sign-up-policy";
import { plainText } from "@/lib/kernel/validation/plain-text";
import { CONNECTION_PRESETS, PRESET_NAMES } from "./presets";

// The one schema of a connection's settings: the admin form, `ninka connections add` and the
// domain parse the same input (ARCHITECTURE.md "Federation").
const MAX_DOMAINS = 50;
const printable = (field: string, max: number) =>
  z
    .string({ error: `Enter the ${field}.` })
    .trim()
    .min(1, { error: `Enter the ${field}.` })
    .max(max, { error: `The ${field} is at most ${max} characters.` })
    .regex(/^[\x21-\x7e]+$/, { error: `The ${field} has no spaces or control characters.` });

const checkbox = z
  .union([z.boolean(), z.literal("on"), z.literal("true"), z.literal("false"), z.literal("")])
  .optional()
  .transform((value) => value === true || value === "on" || value === "true");

// What an administrator may change later (updateConnectionSettings, the admin list's Edit): the label,
// whether a first sign-in may create an account, and the allowed domains.
const settingsFields = {
  name: plainText()
    .trim()
    .min(1, { error: "Enter the label people see: Continue with …" })
    .max(60, { error: "The label is at most 60 characters." }),
  createAccounts: checkbox,
  domains: domainListSchema(MAX_DOMAINS),
};

export const connectionSettingsSchema = z.object(settingsFields);

export const connectionInputSchema = z
  .object({
    ...settingsFields,
    preset: z.enum(PRESET_NAMES, { error: "Choose the kind of provider." }).default("oidc"),
    // Empty: the preset's own issuer.
    issuer: z.string().trim().max(500).optional().default(""),
    clientId: printable("client ID", 500),
    clientSecret: printable("client secret", 2000),
    scopes: z
      .string()
      .trim()
      .max(500)
      .regex(/^[\x21-\x7e ]*$/, { error: "Scopes are words separated by spaces." })
      .optional()
      .default(""),
  })
  .transform((input, context) => {
    const preset = CONNECTION_PRESETS[input.preset];
    const issuer = input.issuer || preset.issuer;
    const url = URL.canParse(issuer) ? new URL(issuer) : null;
    if (!url || !["https:", "http:"].includes(url.protocol) || url.username || url.hash || url.search) {
      context.addIssue({ code: "custom", path: ["issuer"], message: "Enter the provider's issuer URL (https://…)." });
      return z.NEVER;
    }
    if (issuer.includes("TENANT-ID")) {
      context.addIssue({
        code: "custom",
        path: ["issuer"],
        message: "Put your Microsoft tenant's ID in the URL, or common, organizations or consumers.",
      });
      return z.NEVER;
    }
    const scopes = (input.scopes || preset.scopes).split(/ +/).filter(Boolean);
    if (preset.protocol === "oidc" && !scopes.includes("openid")) scopes.unshift("openid");
    return { ...input, issuer, scopes: [...new Set(scopes)].join(" ") };
  });
