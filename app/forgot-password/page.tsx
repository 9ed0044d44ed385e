import type { Metadata } from "next";
import Link from "next/link";
import { AuthPage, linkClass } from "@/components/sign-in/auth-page";
import { RequestResetForm } from "@/components/sign-in/password-reset-forms";
import { safeAppReturnPath } from "@/lib/kernel/validation/app-return-path";

export const metadata: Metadata = { title: "Forgot your password" };

type Props = { searchParams: Promise<{ return?: string }> };

// Begun on an app's sign-in page, the way back (here and after the mailed link) leads to that app's
// sign-in again, not to the developer console (lib/kernel/validation/app-return-path.ts).
export default async function ForgotPasswordPage({ searchParams }: Props) {
  const back = safeAppReturnPath((await searchParams).return);
  return (
    <AuthPage
      title="Forgot your password?"
      subtitle="Enter the email address of your account; we will mail you a link to choose a new password."
    >
      <RequestResetForm returnTo={back} />
      <p className="mt-6 text-center text-sm text-slate-600 dark:text-slate-400">
        {back ? (
          // Not a Next.js page: an ordinary link, so the provider gets a real request.
          <a href={back} className={linkClass}>
            Back to sign in
          </a>
        ) : (
          <Link href="/console" className={linkClass}>
            Back to sign in
          </Link>
        )}
      </p>
    </AuthPage>
  );
}
