import type { ReactNode } from "react";
import type { ConnectionPreset } from "@/lib/accounts/connections/presets";

// What to do at each kind of provider to let people sign in to Ninka with it (ARCHITECTURE.md
// "Federation"): one page per preset under /docs/sign-in-connections/{preset}. The redirect URI,
// the default issuer and the scopes come from presets.ts; only the provider's own steps are here.
export type PresetGuide = {
  title: string;
  /** One line for the overview page. */
  summary: string;
  /** Where and how to register Ninka at the provider; `redirect` is the redirect URI, as code. */
  register: (redirect: ReactNode) => ReactNode[];
  /** What to put as the issuer, when the preset's default is not the whole answer. */
  issuer?: ReactNode;
  /** The issuer in the CLI example, when the preset has none to default to. */
  cliIssuer?: string;
  notes: ReactNode[];
};

export const PRESET_GUIDES: Record<ConnectionPreset, PresetGuide> = {
  google: {
    title: "Sign in with Google",
    summary: "Google accounts and Google Workspace.",
    register: (redirect) => [
      "In the Google Cloud console, configure the OAuth consent screen: the app's name and support address, and its audience (Internal admits only your Workspace organisation).",
      "APIs & Services → Credentials → Create credentials → OAuth client ID, application type Web application.",
      <>Under Authorized redirect URIs, add {redirect}. Google lets you add it after creating the client.</>,
      "Copy the client ID and the client secret.",
    ],
    notes: [
      "Google says whether an address is verified, so a first sign-in can link to the account with that address or create one.",
      "For one Workspace organisation, list its domains under Allowed email domains.",
    ],
  },
  microsoft: {
    title: "Sign in with Microsoft Entra ID",
    summary: "Work and school accounts of one or all Microsoft Entra tenants, and personal Microsoft accounts.",
    register: (redirect) => [
      "Microsoft Entra admin center → App registrations → New registration.",
      "Supported account types decides the issuer (below).",
      <>Redirect URI: platform Web, {redirect}.</>,
      "Certificates & secrets → New client secret; copy its value (not its ID). The Overview page has the Application (client) ID.",
      "Token configuration → Add optional claim → ID: email and xms_edov.",
    ],
    cliIssuer: "https://login.microsoftonline.com/$TENANT_ID/v2.0",
    issuer: (
      <ul>
        <li>
          This organisation only: <code>https://login.microsoftonline.com/&lt;Directory (tenant) ID&gt;/v2.0</code>
        </li>
        <li>
          Any organisation: <code>https://login.microsoftonline.com/organizations/v2.0</code>
        </li>
        <li>
          Any organisation and personal accounts: <code>https://login.microsoftonline.com/common/v2.0</code>
        </li>
        <li>
          Personal accounts only: <code>https://login.microsoftonline.com/consumers/v2.0</code>
        </li>
      </ul>
    ),
    notes: [
      "With organizations, common or consumers, each person's ID token names their own tenant as its issuer; Ninka checks it against the tenant in the token and keeps the identity under that tenant.",
      "Microsoft does not say email_verified. Its optional claim xms_edov (the address's domain is verified by the person's tenant) counts instead: without it, a first sign-in neither links nor creates an account, and people link Microsoft under Account security after signing in another way.",
      "To admit only your organisations' people through a multi-tenant issuer, list their domains under Allowed email domains.",
    ],
  },
  gitlab: {
    title: "Sign in with GitLab",
    summary: "GitLab.com or your own GitLab, as an OpenID provider.",
    register: (redirect) => [
      "GitLab → Edit profile → Applications (or a group's Settings → Applications, or Admin area → Applications) → Add new application.",
      <>Redirect URI: {redirect}. Keep Confidential ticked; scopes openid, profile and email.</>,
      "Save, then copy the Application ID (the client ID) and the Secret.",
    ],
    issuer: (
      <p>
        <code>https://gitlab.com</code>, or your GitLab&apos;s own address for a self-managed one.
      </p>
    ),
    notes: ["GitLab says whether an address is confirmed (email_verified)."],
  },
  github: {
    title: "Sign in with GitHub",
    summary: "GitHub accounts (OAuth 2.0 and GitHub's user API).",
    register: (redirect) => [
      "GitHub → Settings → Developer settings → OAuth Apps → New OAuth App (for an organisation: its settings → Developer settings).",
      <>
        Authorization callback URL: {redirect}. GitHub asks for it before Ninka has made one: enter Ninka&apos;s address
        for now, and edit the app once the connection is added.
      </>,
      "Generate a new client secret; copy it and the Client ID.",
    ],
    issuer: (
      <p>
        <code>https://github.com</code>, or your GitHub Enterprise Server&apos;s address (its API under{" "}
        <code>/api/v3</code>).
      </p>
    ),
    notes: [
      "GitHub speaks OAuth 2.0, not OpenID Connect: Ninka reads the person from /user and the address from /user/emails, only the primary one and only when GitHub says it is verified.",
      "GitHub says nothing of how the person signed in there, so its sign-ins never count as multi-factor; Ninka's own two-step sign-in still applies.",
    ],
  },
  oidc: {
    title: "Sign in with any OpenID provider",
    summary: "Keycloak, authentik, Okta, Zitadel, another Ninka… any provider with OpenID Connect discovery.",
    register: (redirect) => [
      "Register a confidential web client: the authorization code flow with PKCE (S256), the client secret sent in the request body (client_secret_post).",
      <>Redirect URI: {redirect}.</>,
      "Allow the scopes openid, email and profile, and copy the client ID and secret.",
    ],
    cliIssuer: "https://sso.example.com/realms/staff",
    issuer: (
      <p>
        The provider&apos;s issuer, e.g. <code>https://sso.example.com/realms/staff</code> for a Keycloak realm: Ninka
        reads <code>/.well-known/openid-configuration</code> under it and refuses a document naming another issuer.
      </p>
    ),
    notes: [
      "A first sign-in links or creates an account only when the provider says email_verified.",
      "A sign-in counts as multi-factor when the provider's amr says mfa (or a second factor with a first), or its acr names a multi-factor class (OpenID PAPE's, REFEDS MFA).",
    ],
  },
};
