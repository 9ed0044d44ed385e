import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthPage } from "@/components/sign-in/auth-page";
import { PasskeySignIn } from "@/components/sign-in/passkey-sign-in";
import { SecondStepForm } from "@/components/two-step/second-step-form";
import { secondStepOffersPasskey } from "@/lib/provider/sign-in/submit-passkey";
import { isSecondStepPending } from "@/lib/provider/sign-in/submit-second-step";
import { secondStepThrottledMessage } from "@/lib/accounts/two-step/verify-second-step";

export const metadata: Metadata = { title: "Two-step sign-in" };

type Props = { params: Promise<{ uid: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function SecondStepPage({ params, searchParams }: Props) {
  const { uid } = await params;
  const query = await searchParams;
  if (!(await isSecondStepPending(uid))) redirect(`/interaction/${encodeURIComponent(uid)}`);
  const error =
    query.error === "throttled"
      ? secondStepThrottledMessage(Math.max(1, Number(query.retry) || 1))
      : query.error === "invalid"
        ? "That code is not right."
        : undefined;
  return (
    <AuthPage title="Two-step sign-in" subtitle="Enter a code to finish signing in.">
      <SecondStepForm uid={uid} error={error} />
      {(await secondStepOffersPasskey(uid)) && (
        <div className="mt-4">
          <PasskeySignIn
            base={`/interaction/${encodeURIComponent(uid)}/second-step/passkey`}
            label="Use a passkey instead"
          />
        </div>
      )}
    </AuthPage>
  );
}
