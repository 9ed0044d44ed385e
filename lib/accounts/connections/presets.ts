// The kinds of connection Ninka knows (ARCHITECTURE.md "Federation"): one list for the admin form,
// the CLI's --preset, the login page's buttons and the docs. `issuer` is the default the form
// offers (Microsoft Entra ID needs a tenant in it: login.microsoftonline.com/<tenant ID>/v2.0, or
// common, organizations or consumers for several tenants, entra-tenants.ts);
// GitHub is OAuth 2.0 only, so it has no ID token and Ninka reads its user API instead.
export const CONNECTION_PRESETS = {
  oidc: { label: "OpenID provider", issuer: "", scopes: "openid email profile", protocol: "oidc" },
  google: {
    label: "Google",
    issuer: "https://accounts.google.com",
    scopes: "openid email profile",
    protocol: "oidc",
  },
  microsoft: {
    label: "Microsoft",
    issuer: "https://login.microsoftonline.com/TENANT-ID/v2.0",
    scopes: "openid email profile",
    protocol: "oidc",
  },
  gitlab: { label: "GitLab", issuer: "https://gitlab.com", scopes: "openid email profile", protocol: "oidc" },
  github: { label: "GitHub", issuer: "https://github.com", scopes: "read:user user:email", protocol: "github" },
} as const;

export type ConnectionPreset = keyof typeof CONNECTION_PRESETS;
export const PRESET_NAMES = Object.keys(CONNECTION_PRESETS) as [ConnectionPreset, ...ConnectionPreset[]];

/** The URL to register upstream as the redirect URI of connection `id`. */
export const connectionCallbackUrl = (baseUrl: string, id: string) =>
  `${baseUrl}/connections/${encodeURIComponent(id)}/callback`;
