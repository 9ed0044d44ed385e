import Link from "next/link";
import { AuthPage } from "@/components/sign-in/auth-page";
import { buttonClass } from "@/components/ui/button";

// An unknown or expired interaction (oidc-provider's SessionNotFound): a way back, not a stack trace.
export default function InteractionNotFound() {
  return (
    <AuthPage
      title="This sign-in link has expired"
      subtitle="Sign-in pages are valid for a limited time, and only in the browser that opened them."
    >
      <p className="text-sm text-slate-700 dark:text-slate-300">
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
