import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuthPage } from "@/components/sign-in/auth-page";
import { SignUpPanel } from "@/components/sign-in/sign-up-panel";
import { ConnectionButtons } from "@/components/sign-in/connection-buttons";
import { listSignInConnections } from "@/lib/accounts/connections/sign-in-connections";
import { systemActor } from "@/lib/kernel/actors/system-actor";
import { getInteractionView } from "@/lib/provider/sign-in/get-interaction-view";
import { getSignUpView } from "@/lib/accounts/settings/get-sign-up-view";

export const metadata: Metadata = { title: "Create your account" };

// Sign-up inside a sign-in: served under the interaction cookie's path, so the new account is
// signed straight in to the app that asked.
export default async function InteractionSignUpPage({ params }: { params: Promise<{ uid: string }> }) {
  const { uid } = await params;
  const view = await getInteractionView(uid);
  if (!view) notFound();
  const signInHref = `/interaction/${encodeURIComponent(uid)}`;
  return (
    <AuthPage title="Create your Ninka account" subtitle={`to continue to ${view.clientName}`}>
      <ConnectionButtons uid={uid} connections={await listSignInConnections(systemActor("sign-in"))} />
      <SignUpPanel view={await getSignUpView()} signInHref={signInHref} interactionUid={uid} />
    </AuthPage>
  );
}
