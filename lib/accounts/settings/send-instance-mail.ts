import "server-only";
import { sendMail, type Mail } from "@/lib/kernel/mail/send-mail";
import { getInstanceName } from "./instance-name";

/**
 * Sends the mail `write` words with the instance's name (subject and body), under that name's
 * header and footer. Throws as sendMail does.
 */
export async function sendInstanceMail(write: (instance: string) => Mail): Promise<void> {
  const instance = await getInstanceName();
  await sendMail({ ...write(instance), brand: instance });
}
