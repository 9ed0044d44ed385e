import Link from "next/link";
import { getSignUpPolicy } from "@/lib/accounts/settings/get-sign-up-policy";

export default async function HomePage() {
  // Offered only when someone could use it (ARCHITECTURE.md "Sign-up policy and invitations").
  const signUpOpen = (await getSignUpPolicy()).mode !== "closed";
  return (
    <main className="mx-auto flex min-h-screen max-w-3xl flex-col justify-center gap-8 px-6 py-16">
      <p className="text-sm font-semibold uppercase tracking-widest text-brand-600 dark:text-brand-100">Ninka</p>
      <h1 className="text-4xl font-bold tracking-tight sm:text-5xl">Your own OAuth 2.0 and OpenID Connect server</h1>
      <p className="text-lg text-slate-600 dark:text-slate-300">
        Ninka signs your users in and lets developers register apps, get client credentials and rotate secrets from a
        console, all from one self-hosted process.
      </p>
      <div className="flex flex-wrap gap-3">
        <Link href="/console" className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
          Sign in to the console
        </Link>
        {signUpOpen && (
          <Link
            href="/signup"
            className="rounded-md border border-slate-300 px-4 py-2 font-medium hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-900"
          >
            Create an account
          </Link>
        )}
        <Link
          href="/docs"
          className="rounded-md border border-slate-300 px-4 py-2 font-medium hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-900"
        >
          Read the docs
        </Link>
        <a
          href="/oauth/.well-known/openid-configuration"
          className="rounded-md px-4 py-2 font-medium text-brand-600 underline-offset-4 hover:underline dark:text-brand-100"
        >
          Discovery document
        </a>
      </div>
    </main>
  );
}
