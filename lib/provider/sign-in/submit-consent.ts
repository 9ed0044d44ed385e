import "server-only";
import { systemActor } from "@/lib/kernel/actors/system-actor";
import { recordAppEvent } from "@/lib/kernel/audit/record-audit-event";
import { getDb } from "@/lib/kernel/db/client";
import { getUserById } from "@/lib/accounts/users/get-user";
import { recordUsage } from "@/lib/portal/insights/record-usage";
import { USAGE_METRICS } from "@/lib/portal/insights/usage-metrics";
import { getProvider } from "@/lib/provider/oidc/get-provider";
import { checkReviewAccess } from "@/lib/portal/reviews/check-review-access";
import { finishInteraction, findInteraction, isAccountActive } from "./find-interaction";

/**
 * The Allow / Cancel answer to a consent prompt (third-party clients; first-party ones never see
 * it). Allow grants what the prompt says is missing. Returns where to send the browser.
 */
export async function submitConsent(uid: string, allow: boolean): Promise<string> {
  const interaction = await findInteraction(uid);
  if (!interaction || interaction.prompt.name !== "consent") return `/interaction/${encodeURIComponent(uid)}`;
  const clientId = String(interaction.params.client_id);
  // A disabled account gets nothing, even with the consent screen already open.
  const disabled = allow && !(interaction.session?.accountId && (await isAccountActive(interaction.session.accountId)));
  // An app in Testing that does not admit this account cannot be allowed, even by a forged post.
  const inTesting =
    allow &&
    !disabled &&
    !(await checkReviewAccess(systemActor("consent-screen"), clientId, interaction.session?.accountId)).allowed;
  if (!allow || inTesting || disabled) {
    const description = disabled
      ? "The account is disabled."
      : inTesting
        ? "The app is in testing and not available to this account."
        : "The user did not allow access.";
    const denied = { error: "access_denied", error_description: description };
    return (await finishInteraction(uid, denied, false)) ?? "/";
  }
  const provider = await getProvider();
  const { details } = interaction.prompt as { details: Record<string, unknown> };
  const accountId = interaction.session!.accountId;
  const grant = interaction.grantId
    ? ((await provider.Grant.find(interaction.grantId)) ?? new provider.Grant({ accountId, clientId }))
    : new provider.Grant({ accountId, clientId });
  const scopes = details.missingOIDCScope as string[] | undefined;
  const claims = details.missingOIDCClaims as string[] | undefined;
  const resources = details.missingResourceScopes as Record<string, string[]> | undefined;
  if (scopes) grant.addOIDCScope(scopes.join(" "));
  if (claims) grant.addOIDCClaims(claims);
  for (const [indicator, resourceScopes] of Object.entries(resources ?? {}))
    grant.addResourceScope(indicator, resourceScopes.join(" "));
  const grantId = await grant.save();
  // Written after the provider saved the grant (its adapter has its own write): a failure here
  // leaves consent given but unrecorded, never a recorded consent that did not happen.
  const user = await getUserById(accountId);
  if (user) {
    await recordAppEvent(
      getDb(),
      { id: user.id, email: user.email, name: user.name },
      "consent.granted",
      { clientId, userId: user.id },
      { scopes: scopes ?? [], ...(resources && { resources }) },
    );
  }
  recordUsage(systemActor("usage"), String(interaction.params.client_id), USAGE_METRICS.consentGranted);
  return (await finishInteraction(uid, { consent: { grantId } })) ?? "/";
}
