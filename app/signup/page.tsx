import type { Metadata } from "next";
import { AuthPage } from "@/components/sign-in/auth-page";
import { SignUpPanel } from "@/components/sign-in/sign-up-panel";
import { getSignUpView } from "@/lib/accounts/settings/get-sign-up-view";

export const metadata: Metadata = { title: "Create your account" };

// `?invitation=` carries an administrator's invitation (ARCHITECTURE.md "Sign-up policy and invitations").
export default async function SignUpPage({
  searchParams,
}: {
  searchParams: Promise<{ invitation?: string | string[] }>;
}) {
  const { invitation } = await searchParams;
  const view = await getSignUpView(typeof invitation === "string" ? invitation : undefined);
  return (
    <AuthPage
      title="Create your Ninka account"
      subtitle="One account for the developer console and every app that signs in with Ninka."
    >
      <SignUpPanel view={view} signInHref="/signin?callbackUrl=%2Fconsole" />
    </AuthPage>
  );
}
