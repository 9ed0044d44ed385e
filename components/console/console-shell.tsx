import Link from "next/link";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { ToastProvider } from "@/components/ui/toast";
import type { Actor } from "@/lib/kernel/actors/actor";
import { NavLinks } from "./nav-links";
import { VerifyEmailBanner } from "@/components/account/verify-email-banner";
import { WorkspaceSwitcher, type Workspace } from "@/components/teams/workspace-switcher";

type Props = {
  actor: Actor;
  children: ReactNode;
  /**
   * "account": the account's own space (its pages bring their own navigation,
   * components/account/account-nav.tsx): no Apps, APIs or Access tokens around an end user's
   * account, only a way to the console for those who want it.
   */
  space?: "console" | "account";
  /** The person's teams, for the console's workspace switcher (the console's pages only). */
  teams?: Workspace[];
};

/** The frame of every signed-in page: brand, navigation, who is signed in, sign out. */
export function ConsoleShell({ actor, children, space = "console", teams }: Props) {
  const account = space === "account";
  return (
    <div className="min-h-screen bg-slate-50 dark:bg-slate-950">
      {/* The first stop of the Tab key: past the header and navigation to the page itself. */}
      <a
        href="#main"
        className="sr-only top-2 left-2 rounded-md bg-white px-3 py-2 text-sm font-medium text-brand-700 focus:not-sr-only focus:fixed focus:z-50 focus-visible:outline-2 focus-visible:outline-brand-500 dark:bg-slate-900 dark:text-brand-100"
      >
        Skip to content
      </a>
      <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
        {/* Phones: brand and sign-out on the first row (the name shrinks first), the navigation
            wrapping below. From sm: one row. */}
        <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
          <Link
            href={account ? "/account" : "/console"}
            className="shrink-0 text-lg font-bold tracking-tight text-brand-600 dark:text-brand-100"
          >
            Ninka{" "}
            <span className="font-normal text-slate-500 dark:text-slate-400">{account ? "account" : "console"}</span>
          </Link>
          {teams && <WorkspaceSwitcher teams={teams} />}
          {account ? (
            <div className="order-last w-full sm:order-none sm:w-auto sm:flex-1">
              <Link
                href="/console"
                className="text-sm font-medium text-brand-700 underline underline-offset-4 hover:decoration-2 dark:text-brand-100"
              >
                Developer console
              </Link>
            </div>
          ) : (
            <nav aria-label="Console" className="order-last w-full sm:order-none sm:w-auto sm:flex-1">
              <NavLinks admin={actor.isAdmin === true} />
            </nav>
          )}
          <div className="ml-auto flex min-w-0 flex-1 items-center justify-end gap-3 sm:ml-0 sm:flex-none">
            <span
              className="min-w-0 max-w-40 truncate text-sm text-slate-700 dark:text-slate-300"
              data-testid="signed-in-user"
              title={actor.email}
            >
              {actor.name}
            </span>
            <form method="post" action="/signout" className="shrink-0">
              <Button type="submit" variant="secondary" className="py-1.5">
                Sign out
              </Button>
            </form>
          </div>
        </div>
      </header>
      {actor.unverified && <VerifyEmailBanner email={actor.email} />}
      <main id="main" tabIndex={-1} className="mx-auto max-w-5xl px-4 py-8 outline-none sm:px-6">
        <ToastProvider>{children}</ToastProvider>
      </main>
    </div>
  );
}
