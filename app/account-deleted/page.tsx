import type { Metadata } from "next";
import Link from "next/link";
import { AuthPage, linkClass } from "@/components/sign-in/auth-page";
import { buttonClass } from "@/components/ui/button";

export const metadata: Metadata = { title: "Account deleted" };

type Props = { searchParams: Promise<{ apps?: string }> };

// Where deleting one's account ends (lib/delivery/actions/delete-account-actions.ts): signed out,
// outside the account pages. `apps` only words the message; it grants nothing.
export default async function AccountDeletedPage({ searchParams }: Props) {
  const apps = Number.parseInt((await searchParams).apps ?? "", 10);
  const withApps = Number.isSafeInteger(apps) && apps > 0 ? `, with ${apps} app${apps === 1 ? "" : "s"}` : "";
  return (
    <AuthPage title="Your account has been deleted" subtitle="You are signed out.">
      <div className="flex flex-col gap-4 text-sm">
        <p>
          {`Your account has been deleted${withApps}, and with it its sessions, the access it gave apps, its personal access tokens and its APIs. Goodbye.`}
        </p>
        <div className="flex flex-wrap items-center gap-4">
          <Link href="/" className={buttonClass("primary")}>
            Go to the home page
          </Link>
          <Link href="/console" className={linkClass}>
            Sign in with another account
          </Link>
        </div>
      </div>
    </AuthPage>
  );
}
