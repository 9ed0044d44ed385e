import type { Metadata } from "next";
import Link from "next/link";
import { AuthPage } from "@/components/sign-in/auth-page";
import { PasswordHint } from "@/components/sign-in/password-hint";
import { ResetPasswordForm } from "@/components/sign-in/password-reset-forms";
import { buttonClass } from "@/components/ui/button";
import { isResetLinkUsable } from "@/lib/accounts/users/reset-password";
import { safeAppReturnPath } from "@/lib/kernel/validation/app-return-path";

export const metadata: Metadata = { title: "Choose a new password" };

type Props = { searchParams: Promise<{ token?: string; return?: string }> };

// The mailed reset link lands here. A dead link says so at once (nothing is used by looking); a
// live one is used only when the form is submitted. Afterwards, sign-in continues where the reset
// began: the app's sign-in, or the console.
export default async function ResetPasswordPage({ searchParams }: Props) {
  const { token, return: returnTo } = await searchParams;
  const back = safeAppReturnPath(returnTo);
  if (!(await isResetLinkUsable(token))) {
    return (
      <AuthPage
        title="This reset link no longer works"
        subtitle="It has expired or was already used. Ask for a new one; the newest link mailed to you works once."
      >
        <Link
          href={`/forgot-password${back ? `?${new URLSearchParams({ return: back })}` : ""}`}
          className={`${buttonClass()} w-full`}
        >
          Ask for a new link
        </Link>
      </AuthPage>
    );
  }
  return (
    <AuthPage title="Choose a new password">
      <ResetPasswordForm
        token={typeof token === "string" ? token : ""}
        signInHref={back ?? "/console"}
        passwordHint={<PasswordHint />}
      />
    </AuthPage>
  );
}
