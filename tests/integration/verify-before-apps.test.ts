import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createApi } from "@/lib/portal/apis/create-api";
import { createClient } from "@/lib/portal/clients/create-client";
import { getDb } from "@/lib/kernel/db/client";
import type { DomainError } from "@/lib/kernel/errors";
import { createToken } from "@/lib/portal/personal-access-tokens/create-token";
import { resendVerification } from "@/lib/accounts/users/resend-verification";
import { signUpUser } from "@/lib/accounts/users/sign-up-user";
import { verifyEmail } from "@/lib/accounts/users/verify-email";
import { apiClient, createDeveloper } from "./support/api-fixtures";
import { linkIn, startMailCatcher } from "./support/mail-catcher";
import { useMailCatcher, sendMailTo } from "./support/use-mail-catcher";
import { useServer, type TestServer } from "./support/use-server";

// A developer verifies their address before creating an app (console and REST alike);
// existing apps keep working; the link can be mailed again, at most once a minute.
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error as DomainError,
  );

describe("verify before creating apps", { timeout: 120_000 }, () => {
  const database = useServer();
  let server: TestServer;
  const mail = useMailCatcher();

  beforeAll(async () => {
    server = database.server();
  });

  async function unverifiedDeveloper() {
    const email = `new-${randomUUID()}@example.test`;
    await signUpUser({ name: "New", email, password: `password ${randomUUID()}` }, { ip: randomUUID() });
    const user = await getDb().user.findUniqueOrThrow({
      where: { email },
      select: { id: true, email: true, name: true },
    });
    return user;
  }

  it("refuses an app to an unverified developer, in lib and over REST, writing nothing", async () => {
    const developer = await unverifiedDeveloper();
    const input = { client_name: "Too soon", application_type: "web", redirect_uris: ["https://app.example/cb"] };
    expect(await refusal(createClient(developer, input))).toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringMatching(/Verify your email/),
    });
    const { token } = await createToken(developer, { name: "ci", scopes: ["clients:write"] });
    const response = await apiClient(server.url, token)("POST", "/clients", input);
    expect(response.status).toBe(403);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    expect(await getDb().client.count({ where: { ownerId: developer.id } })).toBe(0);
  });

  it("refuses an API to an unverified developer, in lib and over REST, writing nothing; verified, it is registered", async () => {
    const developer = await unverifiedDeveloper();
    const tag = randomUUID().slice(0, 8);
    const input = {
      name: "Squatted",
      identifier: `https://squat-${tag}.example`,
      scopes: [{ value: `squat-${tag}.read`, description: "Read" }],
    };
    expect(await refusal(createApi(developer, input))).toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringMatching(/Verify your email address before registering an API/),
    });
    const { token } = await createToken(developer, { name: "ci", scopes: ["apis:write"] });
    const response = await apiClient(server.url, token)("POST", "/apis", input);
    expect(response.status).toBe(403);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    expect(response.json).toMatchObject({ status: 403, detail: expect.stringMatching(/Verify your email/) });
    expect(await getDb().api.count({ where: { ownerId: developer.id } })).toBe(0);
    expect(await getDb().apiScope.count({ where: { value: input.scopes[0]!.value } })).toBe(0);

    await getDb().user.update({ where: { id: developer.id }, data: { emailVerifiedAt: new Date() } });
    expect((await apiClient(server.url, token)("POST", "/apis", input)).status).toBe(201);
  });

  it("keeps existing apps working when the address is not verified (any more)", async () => {
    const developer = await createDeveloper("Veteran");
    const { client, client_secret } = await createClient(developer, { client_name: "Old", application_type: "m2m" });
    await getDb().user.update({ where: { id: developer.id }, data: { emailVerifiedAt: null } });
    const response = await fetch(`${server.url}/oauth/token`, {
      method: "POST",
      headers: {
        authorization: `Basic ${Buffer.from(`${client.client_id}:${client_secret}`).toString("base64")}`,
        "content-type": "application/x-www-form-urlencoded",
      },
      body: "grant_type=client_credentials",
    });
    expect(response.status).toBe(200);
  });

  it("mails the link again after a minute, not sooner; the new link verifies; then there is nothing to resend", async () => {
    const developer = await unverifiedDeveloper();
    await mail().waitFor(developer.email);
    expect(await refusal(resendVerification(developer))).toMatchObject({
      code: "RATE_LIMITED",
      message: expect.stringMatching(/in \d+ seconds/),
    });
    await getDb().emailToken.updateMany({
      where: { userId: developer.id },
      data: { createdAt: new Date(Date.now() - 61_000) },
    });
    const before = mail().mails.length;
    await expect(resendVerification(developer)).resolves.toEqual({ email: developer.email });
    await expect.poll(() => mail().mails.length).toBeGreaterThan(before);
    const token = new URL(linkIn(mail().mails.at(-1)!)).searchParams.get("token");
    await expect(verifyEmail(token)).resolves.toEqual({ email: developer.email });
    expect(await refusal(resendVerification(developer))).toMatchObject({ code: "CONFLICT" });
    await expect(createClient(developer, { client_name: "Now", application_type: "m2m" })).resolves.toMatchObject({
      client: { client_name: "Now" },
    });
  });

  it("removes the new link when the mail cannot be sent, so retrying is not blocked by the cooldown", async () => {
    const developer = await unverifiedDeveloper();
    await getDb().emailToken.updateMany({
      where: { userId: developer.id },
      data: { createdAt: new Date(Date.now() - 61_000) },
    });
    const links = await getDb().emailToken.count({ where: { userId: developer.id } });
    const refusing = await startMailCatcher({ refuse: true });
    sendMailTo(refusing);
    try {
      expect(await refusal(resendVerification(developer))).toMatchObject({ code: "MAIL_UNAVAILABLE" });
      expect(await getDb().emailToken.count({ where: { userId: developer.id } })).toBe(links);
    } finally {
      sendMailTo(mail());
      await refusing.close();
    }
    await expect(resendVerification(developer)).resolves.toEqual({ email: developer.email });
  });
});
