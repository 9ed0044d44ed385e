import type { Metadata } from "next";
import Link from "next/link";
import { NewClientForm } from "@/components/clients/new-client-form";
import { Card } from "@/components/ui/card";
import { requireSessionActor } from "@/lib/auth/session-user";

export const metadata: Metadata = { title: "Create an app" };

export default async function NewClientPage() {
  await requireSessionActor("/console/clients/new");
  return (
    <div className="flex flex-col gap-6">
      <div>
        <Link href="/console" className="text-sm text-brand-700 underline-offset-2 hover:underline dark:text-brand-100">
          ← Apps
        </Link>
        <h1 className="mt-2 text-2xl font-semibold tracking-tight">Create an app</h1>
        <p className="mt-1 max-w-2xl text-slate-600 dark:text-slate-400">
          Register an app to let it sign people in with their Ninka account. You can change everything but its type later.
        </p>
      </div>
      <Card>
        <NewClientForm />
      </Card>
    </div>
  );
}
