// Application types are presets: the developer picks what they are building, Ninka picks the
// OAuth settings that are right for it (ARCHITECTURE.md "Clients and secrets"). `grantTypes` are
// the defaults; `optionalGrantTypes` may be added through the API's grant_types (opt-in: the device
// flow is a favourite of phishers, so no app gets it without asking).
export const DEVICE_CODE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";
export const APPLICATION_TYPES = {
  web: {
    label: "Web application",
    description: "A server-side app that can keep a secret (Rails, Django, Next.js, Spring…).",
    confidential: true,
    grantTypes: ["authorization_code", "refresh_token"],
    optionalGrantTypes: [],
    authMethods: ["client_secret_basic", "client_secret_post", "private_key_jwt"],
    redirects: true,
  },
  spa: {
    label: "Single-page app",
    description: "Runs in the browser and cannot keep a secret; signs in with PKCE.",
    confidential: false,
    grantTypes: ["authorization_code", "refresh_token"],
    optionalGrantTypes: [],
    authMethods: ["none"],
    redirects: true,
  },
  native: {
    label: "Native or mobile app",
    description: "Installed on a device; uses PKCE, loopback or app-scheme redirects.",
    confidential: false,
    grantTypes: ["authorization_code", "refresh_token"],
    optionalGrantTypes: [DEVICE_CODE_GRANT],
    authMethods: ["none"],
    redirects: true,
  },
  m2m: {
    label: "Machine to machine",
    description: "A backend service calling APIs as itself (client credentials), no users involved.",
    confidential: true,
    grantTypes: ["client_credentials"],
    optionalGrantTypes: [],
    authMethods: ["client_secret_basic", "client_secret_post", "private_key_jwt"],
    redirects: false,
  },
} as const;

export type ApplicationType = keyof typeof APPLICATION_TYPES;
export const APPLICATION_TYPE_NAMES = Object.keys(APPLICATION_TYPES) as [ApplicationType, ...ApplicationType[]];

export const isConfidential = (type: string) => APPLICATION_TYPES[type as ApplicationType]?.confidential ?? false;

// The scopes a new user-facing app asks for unless the developer chooses otherwise.
export const DEFAULT_USER_SCOPES = ["openid", "profile", "email"] as const;
