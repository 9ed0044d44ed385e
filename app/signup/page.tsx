import type { Metadata } from "next";
import { AuthPage } from "@/components/auth/auth-page";
import { PasswordHint } from "@/components/auth/password-hint";
import { SignUpForm } from "@/components/auth/signup-form";

export const metadata: Metadata = { title: "Create your account" };

export default function SignUpPage() {
  return (
    <AuthPage title="Create your Ninka account" subtitle="One account for the developer console and every app that signs in with Ninka.">
      <SignUpForm signInHref="/signin?callbackUrl=%2Fconsole" passwordHint={<PasswordHint />} />
    </AuthPage>
  );
}
