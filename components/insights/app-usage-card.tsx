import { Card } from "@/components/ui/card";
import type { Actor } from "@/lib/kernel/actors/actor";
import { getClient } from "@/lib/portal/clients/get-client";
import { getRecentClientUsage } from "@/lib/portal/insights/get-client-usage";
import { AppUsageCharts } from "./app-usage-charts";

/** The app page's Usage: 90 days read once; the charts switch between 7, 30 and 90 of them. */
export async function AppUsageCard({ actor, clientId }: { actor: Actor; clientId: string }) {
  const [usage, client] = await Promise.all([getRecentClientUsage(actor, clientId, 90), getClient(actor, clientId)]);
  return (
    <Card className="flex flex-col gap-4">
      <div>
        <h2 className="text-lg font-semibold">Usage</h2>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          Per UTC day. Also at GET /clients/{"{clientId}"}/usage.
        </p>
      </div>
      <AppUsageCharts days={usage.days} machine={client.application_type === "m2m"} />
    </Card>
  );
}
