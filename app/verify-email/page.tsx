import type { Metadata } from "next";
import { AuthPage } from "@/components/sign-in/auth-page";
import { VerifyEmailForm } from "@/components/sign-in/verify-email-form";

export const metadata: Metadata = { title: "Verify your email" };

// The link mailed at sign-up lands here. Verifying takes a click (a POST), so that mail scanners
// which fetch every link cannot use it up.
export default async function VerifyEmailPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  return (
    <AuthPage title="Verify your email address" subtitle="One click confirms that this address is yours.">
      <VerifyEmailForm token={typeof token === "string" ? token : ""} />
    </AuthPage>
  );
}
