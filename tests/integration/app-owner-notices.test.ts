import { describe, expect, it } from "vitest";
import { updateAppReviewSetting } from "@/lib/accounts/settings/app-review-setting";
import { suspendClient, unsuspendClient } from "@/lib/portal/admin/update-client-suspension";
import { createClient } from "@/lib/portal/clients/create-client";
import { decideAppReview } from "@/lib/portal/reviews/decide-app-review";
import { submitAppReview } from "@/lib/portal/reviews/submit-app-review";
import { createAdmin, createDeveloper } from "./support/api-fixtures";
import { useMailCatcher } from "./support/use-mail-catcher";
import { useTestDatabase } from "./support/use-test-database";

// An app's owner is mailed what an administrator decided about the app: a suspension with its
// reason and its end, and a review's outcome with the administrator's words (lib/portal/notices/notify-app-owner.ts).
describe("mails to an app's owner", { timeout: 60_000 }, () => {
  useTestDatabase();
  const mail = useMailCatcher();
  // The newest mail to `to`, soft line breaks of quoted-printable undone.
  const newest = async (to: string) => (await mail().waitFor(to)).raw.replace(/=\r?\n/g, "");
  const app = (owner: Awaited<ReturnType<typeof createDeveloper>>, name: string) =>
    createClient(owner, { client_name: name, application_type: "web", redirect_uris: ["https://app.example/cb"] });

  it("tells the owner of a suspension, with the reason, and of its end", async () => {
    const owner = await createDeveloper("Owner");
    const admin = await createAdmin();
    const { client } = await app(owner, "Weather");
    await suspendClient(admin, { clientId: client.client_id, reason: "Phishing reports" });
    const suspended = await newest(owner.email);
    expect(suspended).toContain("Your app Weather was suspended");
    expect(suspended).toContain("Phishing reports");
    expect(suspended).toContain(`/console/clients/${client.client_id}`);
    await unsuspendClient(admin, { clientId: client.client_id });
    expect(await newest(owner.email)).toContain("Your app Weather works again");
    expect(mail().mails.filter((m) => m.to.includes(admin.email))).toHaveLength(0);
  });

  it("tells the owner a review's outcome, with what to change after a rejection", async () => {
    const owner = await createDeveloper("Reviewed");
    const admin = await createAdmin();
    await updateAppReviewSetting(admin, { enabled: true });
    const { client } = await app(owner, "Calendar");
    await submitAppReview(owner, { clientId: client.client_id, note: "Reads your calendar." });
    await decideAppReview(admin, { decision: "reject", clientId: client.client_id, reason: "Add a privacy policy." });
    const rejected = await newest(owner.email);
    expect(rejected).toContain("Your app Calendar needs changes");
    expect(rejected).toContain("Add a privacy policy.");
    await submitAppReview(owner, { clientId: client.client_id, note: "Policy added." });
    await decideAppReview(admin, { decision: "approve", clientId: client.client_id });
    expect(await newest(owner.email)).toContain("Your app Calendar was approved");
    await updateAppReviewSetting(admin, { enabled: false });
  });
});
