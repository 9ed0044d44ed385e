import { getUserById } from "@/lib/accounts/users/get-user";
import { consentApis, consentScopes, type ConsentApi, type ConsentScope } from "./consent-scopes";
import { systemActor } from "@/lib/kernel/actors/system-actor";
import { findApiScopes } from "@/lib/portal/apis/scope-groups";
import { getClientProfile, type ClientProfile } from "@/lib/portal/clients/get-client-profile";
import { findInteraction } from "./find-interaction";
import { getInstanceName } from "@/lib/accounts/settings/instance-name";
import { appReturnPath } from "@/lib/kernel/validation/app-return-path";
import { getProvider } from "@/lib/provider/oidc/get-provider";
import { isDocumentClientId } from "@/lib/portal/clients/check-client-document";
import { checkReviewAccess, type ReviewAccess } from "@/lib/portal/reviews/check-review-access";

export type InteractionView = {
  uid: string;
  prompt: "login" | "consent";
  clientName: string;
  loginHint: string | null;
  /** The app's links and developer (registered apps, and apps known by a metadata document). */
  client: ClientProfile | null;
  /** For an app known by its client ID metadata document: the host that serves it. */
  documentHost: string | null;
  /** Requested scopes in plain words; `isNew` for those the app does not hold yet. */
  scopes: ConsentScope[];
  /** Requested API permissions, grouped by API, marked the same way. */
  apis: ConsentApi[];
  /** Whether the app already holds some access (the screen then says what is added). */
  hasGrant: boolean;
  /** Who is signed in, once they are (the consent screen says whose account it is). */
  accountEmail: string | null;
  /** App review: whether the app is Published, and whether this account may use it. */
  review: ReviewAccess;
  /** Where the answer goes: the host of the request's redirect URI (a private-use scheme: the scheme). */
  redirectHost: string | null;
  /** How the pages name this Ninka instance: its host. */
  instanceName: string;
  /** This app's authorization request again: where a password reset begun here returns. */
  returnPath: string;
  /** The same request asking to sign in again, so someone else can use their own account. */
  switchAccountPath: string;
  /** Where the answer sends the browser, as the consent screen names it: the redirect URI's origin. */
  redirectTo: string | null;
};

/** An http(s) redirect URI's origin; a native app's private-use URI as it is (RFC 8252 §7.1). */
function destination(redirectUri: unknown): string | null {
  if (typeof redirectUri !== "string") return null;
  try {
    const url = new URL(redirectUri);
    return url.protocol === "https:" || url.protocol === "http:" ? url.origin : redirectUri;
  } catch {
    return null;
  }
}

const CONSENT = systemActor("consent-screen");

/** What the interaction page shows for `uid`; null when it is unknown or has expired. */
export async function getInteractionView(uid: string): Promise<InteractionView | null> {
  const interaction = await findInteraction(uid);
  if (!interaction) return null;
  const clientId = String(interaction.params.client_id);
  const accountId = interaction.session?.accountId;
  const requested = String(interaction.params.scope ?? "")
    .split(" ")
    .filter(Boolean);
  const [client, profile, account, apiScopes, review, instanceName] = await Promise.all([
    (await getProvider()).Client.find(clientId),
    getClientProfile(CONSENT, clientId),
    accountId ? getUserById(accountId) : null,
    findApiScopes(CONSENT, requested),
    checkReviewAccess(CONSENT, clientId, accountId),
    getInstanceName(),
  ]);
  const documentHost = isDocumentClientId(clientId) ? new URL(clientId).host : null;
  const hint = interaction.params.login_hint;
  const details = interaction.prompt.details as {
    missingOIDCScope?: string[];
    missingResourceScopes?: Record<string, string[]>;
  };
  const scopes = consentScopes(requested, details.missingOIDCScope);
  const apis = consentApis(apiScopes, details.missingResourceScopes);
  return {
    uid,
    prompt: interaction.prompt.name === "consent" ? "consent" : "login",
    clientName: client?.clientName ?? clientId,
    loginHint: typeof hint === "string" ? hint : null,
    client: profile ?? (client && documentHost ? documentProfile(client.metadata()) : null),
    documentHost,
    scopes,
    apis,
    hasGrant: !!interaction.grantId && [...scopes, ...apis.flatMap((api) => api.scopes)].some((scope) => !scope.isNew),
    accountEmail: account?.email ?? null,
    review,
    redirectHost: redirectHost(interaction.params.redirect_uri),
    instanceName,
    returnPath: appReturnPath(interaction.params),
    switchAccountPath: appReturnPath({ ...interaction.params, prompt: "login" }),
    redirectTo: destination(interaction.params.redirect_uri),
  };
}

// An app known by its document (ARCHITECTURE.md "Dynamic registration"): its links as the document
// gives them (https only, the provider checked), no developer, and no one has reviewed it.
function documentProfile(metadata: Record<string, unknown>): ClientProfile {
  const link = (key: string) => (typeof metadata[key] === "string" ? (metadata[key] as string) : null);
  return {
    logoUri: link("logo_uri"),
    clientUri: link("client_uri"),
    policyUri: link("policy_uri"),
    tosUri: link("tos_uri"),
    developer: null,
    registeredItself: true,
    approved: false,
  };
}

// The provider has already matched the URI exactly against the app's registered ones.
function redirectHost(uri: unknown): string | null {
  if (typeof uri !== "string" || !URL.canParse(uri)) return null;
  const url = new URL(uri);
  return url.host || url.protocol.replace(/:$/, "");
}
