import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { requireSessionActor } from "@/lib/auth/session-user";

export const metadata: Metadata = { title: "Apps" };

export default async function ConsoleHomePage() {
  const actor = await requireSessionActor("/console");
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Welcome, {actor.name}</h1>
        <p className="mt-1 text-slate-600 dark:text-slate-400">Register the apps that sign their users in with Ninka.</p>
      </div>
      <Card>
        <h2 className="text-lg font-semibold">Your apps</h2>
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">You have no apps yet.</p>
      </Card>
    </div>
  );
}
