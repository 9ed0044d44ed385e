import type { SignUpView } from "@/lib/accounts/settings/get-sign-up-view";
import { PasswordHint } from "./password-hint";
import { SignUpForm } from "./signup-form";
import { SignUpUnavailable } from "./sign-up-unavailable";

type Props = { view: SignUpView; signInHref: string; interactionUid?: string };

/** The sign-up page's body as the sign-up policy and any invitation say (lib/accounts/settings). */
export function SignUpPanel({ view, signInHref, interactionUid }: Props) {
  if (view.kind === "closed" || view.kind === "invitation-invalid")
    return <SignUpUnavailable reason={view.kind} signInHref={signInHref} />;
  return (
    <SignUpForm
      interactionUid={interactionUid}
      signInHref={signInHref}
      passwordHint={<PasswordHint />}
      invitation={view.kind === "invited" ? { token: view.invitation, email: view.email } : undefined}
      domains={view.kind === "open" ? view.domains : null}
    />
  );
}
