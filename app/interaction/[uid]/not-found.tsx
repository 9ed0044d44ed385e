import { AuthPage } from "@/components/sign-in/auth-page";
import { WayOutLinks } from "@/components/sign-in/way-out-links";

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
      <WayOutLinks primary={{ href: "/console", label: "Sign in to the console" }} />
    </AuthPage>
  );
}
