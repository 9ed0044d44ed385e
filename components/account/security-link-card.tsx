import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

/** The profile's pointer to /account/security, besides the account navigation. */
export function SecurityLinkCard() {
  return (
    <Card>
      <h2 className="text-lg font-semibold">Security</h2>
      <p className="mt-1 mb-4 text-sm text-slate-600 dark:text-slate-400">
        Two-step sign-in, passkeys, and the browsers you are signed in on.
      </p>
      <Link href="/account/security" className={buttonClass("secondary")}>
        Manage security
      </Link>
    </Card>
  );
}
