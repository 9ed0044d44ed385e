import { Card } from "@/components/ui/card";
import { requireSessionActor } from "@/lib/delivery/console-session/session-user";
import { getTwoStepStatus } from "@/lib/accounts/two-step/manage-totp";
import { TotpSection } from "./totp-section";

/** The two-step sign-in part of /account/security (ARCHITECTURE.md "Two-step sign-in"). */
export async function TwoStepSection() {
  const actor = await requireSessionActor("/account/security");
  const status = await getTwoStepStatus(actor);
  return (
    <Card>
      <h2 className="text-lg font-semibold">Two-step sign-in</h2>
      <p className="mt-1 mb-4 text-sm text-slate-600 dark:text-slate-400">
        A code from your phone after your password, so a stolen password is not enough.
      </p>
      <TotpSection enabled={status.totpEnabled} recoveryCodesLeft={status.recoveryCodesLeft} />
    </Card>
  );
}
