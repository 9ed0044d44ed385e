import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuthPage } from "@/components/auth/auth-page";
import { PasswordHint } from "@/components/auth/password-hint";
import { SignUpForm } from "@/components/auth/signup-form";
import { getInteractionView } from "@/lib/interactions/get-interaction-view";

export const metadata: Metadata = { title: "Create your account" };

// Sign-up inside a sign-in: served under the interaction cookie's path, so the new account is
// signed straight in to the app that asked.
export default async function InteractionSignUpPage({ params }: { params: Promise<{ uid: string }> }) {
  const { uid } = await params;
  const view = await getInteractionView(uid);
  if (!view) notFound();
  return (
    <AuthPage title="Create your Ninka account" subtitle={`to continue to ${view.clientName}`}>
      <SignUpForm interactionUid={uid} signInHref={`/interaction/${encodeURIComponent(uid)}`} passwordHint={<PasswordHint />} />
    </AuthPage>
  );
}
