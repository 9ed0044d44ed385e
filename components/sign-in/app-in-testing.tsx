import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

type Props = { uid: string; clientName: string; instanceName: string };

/**
 * In place of the consent screen when an app in Testing does not admit this account
 * (ARCHITECTURE.md "App review"). The button answers the app with access_denied.
 */
export function AppInTesting({ uid, clientName, instanceName }: Props) {
  return (
    <form method="post" action={`/interaction/${encodeURIComponent(uid)}/consent`} className="flex flex-col gap-5">
      <Alert tone="error">
        {clientName} is still being tested by its developer and has not been reviewed by {instanceName}. Only its
        developer and the people they invited as testers can use it for now.
      </Alert>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Nothing was shared with the app. If you expected to be a tester, ask its developer to add your email address.
      </p>
      <Button type="submit" name="decision" value="deny" className="w-full">
        Back to {clientName}
      </Button>
    </form>
  );
}
