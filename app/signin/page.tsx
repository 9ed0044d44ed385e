import type { Metadata } from "next";
import { AuthPage } from "@/components/auth/auth-page";
import { SignInWithNinka } from "@/components/auth/sign-in-with-ninka";
import { Alert } from "@/components/ui/alert";
import { safeReturnPath } from "@/lib/auth/safe-return-path";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<Record<string, string | undefined>> };

// next-auth's sign-in and error page: hands over to Ninka's own login (an OIDC sign-in).
export default async function SignInPage({ searchParams }: Props) {
  const { callbackUrl, error, login_hint } = await searchParams;
  const target = safeReturnPath(callbackUrl);
  return (
    <AuthPage title="Sign in to the console" subtitle={error ? undefined : "Taking you to Ninka's sign-in page…"}>
      <div className="flex flex-col gap-4">
        {error && <Alert tone="error">Signing in did not complete ({error}). Please try again.</Alert>}
        <SignInWithNinka callbackUrl={target} loginHint={login_hint} auto={!error} />
      </div>
    </AuthPage>
  );
}
