import type { Metadata } from "next";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { AppInTesting } from "@/components/sign-in/app-in-testing";
import { AuthPage, linkClass } from "@/components/sign-in/auth-page";
import { ConsentForm } from "@/components/sign-in/consent-form";
import { ConsentNotice } from "@/components/sign-in/consent-notice";
import { LoginForm } from "@/components/sign-in/login-form";
import { ConnectionButtons } from "@/components/sign-in/connection-buttons";
import { federationRefusalMessage } from "@/lib/accounts/connections/refusals";
import { listSignInConnections } from "@/lib/accounts/connections/sign-in-connections";
import { systemActor } from "@/lib/kernel/actors/system-actor";
import { passkeysAvailable } from "@/lib/accounts/passkeys/relying-party";
import { AppLogo } from "@/components/ui/app-logo";
import { ACCOUNT_DISABLED, INVALID_CREDENTIALS, throttledMessage } from "@/lib/accounts/users/authenticate-user";
import { getSignUpPolicy } from "@/lib/accounts/settings/get-sign-up-policy";
import { getInteractionView } from "@/lib/provider/sign-in/get-interaction-view";
import { ADDRESS_UNVERIFIED } from "@/lib/accounts/users/sign-in-address";
import { LOGIN_EMAIL_COOKIE, readLoginEmail } from "@/lib/provider/sign-in/login-email-cookie";

export const metadata: Metadata = { title: "Sign in" };

type Props = { params: Promise<{ uid: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function InteractionPage({ params, searchParams }: Props) {
  const { uid } = await params;
  const query = await searchParams;
  const view = await getInteractionView(uid);
  if (!view) notFound();

  if (view.prompt === "consent" && !view.review.allowed) {
    return (
      <AuthPage
        icon={<AppLogo name={view.clientName} logoUri={view.client?.logoUri} size="lg" />}
        title={`${view.clientName} is not available yet`}
      >
        <AppInTesting uid={uid} clientName={view.clientName} instanceName={view.instanceName} />
      </AuthPage>
    );
  }
  if (view.prompt === "consent") {
    const developer = view.client?.developer;
    return (
      <AuthPage
        icon={<AppLogo name={view.clientName} logoUri={view.client?.logoUri} size="lg" />}
        brand={view.instanceName}
        title={`${view.clientName} wants to access your account`}
        subtitle={
          <>
            {developer && <span className="block">{`Developed by ${developer}`}</span>}
            {view.accountEmail && (
              <span className="block break-all">
                {`Signed in as ${view.accountEmail}. `}
                <a href={view.switchAccountPath} className={linkClass}>
                  Not you? Use another account
                </a>
              </span>
            )}
          </>
        }
      >
        <ConsentNotice view={view} />
        <ConsentForm view={view} />
      </AuthPage>
    );
  }
  const connections = await listSignInConnections(systemActor("sign-in"));
  const error =
    query.error === "federation"
      ? federationRefusalMessage(query.reason, query.connection, connections)
      : query.error === "throttled"
        ? throttledMessage(Math.max(1, Number(query.retry) || 1))
        : query.error === "invalid"
          ? INVALID_CREDENTIALS
          : query.error === "disabled"
            ? ACCOUNT_DISABLED
            : query.error === "unverified"
              ? ADDRESS_UNVERIFIED
              : undefined;
  // The address typed at a failed sign-in, or at the sign-up just before (lib/provider/sign-in/login-email-cookie.ts).
  const typed = readLoginEmail((await cookies()).get(LOGIN_EMAIL_COOKIE)?.value);
  const signUpOpen = (await getSignUpPolicy()).mode !== "closed";
  return (
    <AuthPage title="Sign in" subtitle={`to continue to ${view.clientName}`}>
      <ConnectionButtons uid={uid} connections={connections} />
      <LoginForm
        uid={uid}
        email={typed || view.loginHint || ""}
        error={error}
        signUpHref={signUpOpen ? `/interaction/${encodeURIComponent(uid)}/signup` : undefined}
        forgotPasswordHref={`/forgot-password?${new URLSearchParams({ return: view.returnPath })}`}
        passkeys={passkeysAvailable()}
      />
    </AuthPage>
  );
}
