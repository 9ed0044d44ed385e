import type { Metadata } from "next";
import Link from "next/link";
import { AuthPage } from "@/components/sign-in/auth-page";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";

export const metadata: Metadata = { title: "Sign-in refused" };

// Where an identity provider's answer ends when it belongs to no sign-in this browser started:
// no state cookie, a tampered or expired one, or a replay (ARCHITECTURE.md "Federation").
export default function ConnectionRefusedPage() {
  return (
    <AuthPage title="This sign-in cannot continue" subtitle="Nothing was changed and no account was created.">
      <Alert tone="error">
        The answer from the identity provider does not belong to a sign-in started in this browser, or it was already
        used or has expired.
      </Alert>
      <p className="mt-4 text-sm text-slate-700 dark:text-slate-300">
        Go back to the app you were signing in to and start again.
      </p>
      <div className="mt-6 flex flex-wrap gap-3">
        <Link href="/console" className={buttonClass("primary")}>
          Sign in to the console
        </Link>
        <Link href="/" className={buttonClass("secondary")}>
          Ninka home
        </Link>
      </div>
    </AuthPage>
  );
}
