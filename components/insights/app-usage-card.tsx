import { Card } from "@/components/ui/card";
import type { Actor } from "@/lib/kernel/actors/actor";
import { getRecentClientUsage } from "@/lib/portal/insights/get-client-usage";
import { AppUsageCharts } from "./app-usage-charts";

/** The app page's Usage: 90 days read once; the charts switch between 7, 30 and 90 of them. */
export async function AppUsageCard({ actor, clientId }: { actor: Actor; clientId: string }) {
  const usage = await getRecentClientUsage(actor, clientId, 90);
  const any = usage.days.some((day) => day.tokens_total || day.failed_authentications || day.active_users);
  return (
    <Card className="flex flex-col gap-4">
      <div>
        <h2 className="text-lg font-semibold">Usage</h2>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          Per UTC day. Also at GET /clients/{"{clientId}"}/usage.
        </p>
      </div>
      {any ? (
        <AppUsageCharts days={usage.days} />
      ) : (
        <p className="rounded-lg border border-dashed border-slate-300 px-4 py-6 text-center text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
          No traffic yet. Tokens issued, active users and failed sign-ins of this app show here from its first token on.
        </p>
      )}
    </Card>
  );
}
