import type { Metadata } from "next";
import { WayOutLinks } from "@/components/sign-in/way-out-links";
import { AuthPage } from "@/components/sign-in/auth-page";
import { Alert } from "@/components/ui/alert";

export const metadata: Metadata = { title: "Sign-in refused" };

type Props = { searchParams: Promise<Record<string, string | undefined>> };

// Where an identity provider's answer ends when it belongs to no sign-in this browser started (no
// state cookie, a tampered or expired one, a replay), or when linking it to an account failed
// (ARCHITECTURE.md "Federation").
export default async function ConnectionRefusedPage({ searchParams }: Props) {
  const link = (await searchParams).reason === "link";
  return (
    <AuthPage
      title={link ? "That account could not be linked" : "This sign-in cannot continue"}
      subtitle="Nothing was changed and no account was created."
    >
      <Alert tone="error">
        {link
          ? "The identity provider did not confirm the link, the connection is turned off, or that account is already linked to another Ninka account."
          : "The answer from the identity provider does not belong to a sign-in started in this browser, or it was already used or has expired."}
      </Alert>
      <p className="mt-4 text-sm text-slate-700 dark:text-slate-300">
        {link
          ? "Go back to your account's security page and try again."
          : "Go back to the app you were signing in to and start again."}
      </p>
      <WayOutLinks
        primary={
          link
            ? { href: "/account/security", label: "Account security" }
            : { href: "/console", label: "Sign in to the console" }
        }
      />
    </AuthPage>
  );
}
