import type { Metadata } from "next";
import { AuthPage } from "@/components/sign-in/auth-page";
import { PasswordHint } from "@/components/sign-in/password-hint";
import { ResetPasswordForm } from "@/components/sign-in/password-reset-forms";

export const metadata: Metadata = { title: "Choose a new password" };

// The mailed reset link lands here; the token is used only when the form is submitted.
export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  return (
    <AuthPage title="Choose a new password">
      <ResetPasswordForm token={typeof token === "string" ? token : ""} passwordHint={<PasswordHint />} />
    </AuthPage>
  );
}
