import type { Metadata } from "next";
import { AuthPage } from "@/components/sign-in/auth-page";
import { SignInWithNinka } from "@/components/sign-in/sign-in-with-ninka";
import { Alert } from "@/components/ui/alert";
import { safeReturnPath } from "@/lib/delivery/console-session/safe-return-path";
import { getSessionActor } from "@/lib/delivery/console-session/session-user";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<Record<string, string | undefined>> };

// next-auth's sign-in and error page: hands over to Ninka's own login (an OIDC sign-in). With
// `reauth`, the signed-in user signs in again on this browser (prompt=login) for a step-up; with
// `switch`, someone signs in with another account (prompt=login, `login_hint` the one asked for),
// e.g. to accept a team invitation sent to that address.
export default async function SignInPage({ searchParams }: Props) {
  const { callbackUrl, error, login_hint, reauth, switch: switching } = await searchParams;
  const target = safeReturnPath(callbackUrl);
  const again = reauth === "1" ? await getSessionActor() : null;
  const other = !again && switching === "1";
  const title = again ? "Confirm it's you" : other ? "Sign in with another account" : "Sign in to the console";
  const subtitle = again
    ? "Sign in again to make this change. Taking you to Ninka's sign-in page…"
    : "Taking you to Ninka's sign-in page…";
  return (
    <AuthPage title={title} subtitle={error ? undefined : subtitle}>
      <div className="flex flex-col gap-4">
        {error && <Alert tone="error">Signing in did not complete ({error}). Please try again.</Alert>}
        <SignInWithNinka
          callbackUrl={target}
          loginHint={again?.email ?? login_hint}
          reauth={Boolean(again) || other}
          auto={!error}
        />
      </div>
    </AuthPage>
  );
}
