import type { Metadata } from "next";
import Link from "next/link";
import { AuthPage, linkClass } from "@/components/sign-in/auth-page";
import { RequestResetForm } from "@/components/sign-in/password-reset-forms";

export const metadata: Metadata = { title: "Forgot your password" };

export default function ForgotPasswordPage() {
  return (
    <AuthPage
      title="Forgot your password?"
      subtitle="Enter the email address of your account; we will mail you a link to choose a new password."
    >
      <RequestResetForm />
      <p className="mt-6 text-center text-sm text-slate-600 dark:text-slate-400">
        <Link href="/console" className={linkClass}>
          Back to sign in
        </Link>
      </p>
    </AuthPage>
  );
}
