import { findInteraction } from "./interaction-request";
import { getProvider } from "./get-provider";

export type InteractionView = {
  uid: string;
  prompt: "login" | "consent";
  clientName: string;
  loginHint: string | null;
  scopes: string[];
};

/** What the interaction page shows for `uid`; null when it is unknown or has expired. */
export async function getInteractionView(uid: string): Promise<InteractionView | null> {
  const interaction = await findInteraction(uid);
  if (!interaction) return null;
  const clientId = String(interaction.params.client_id);
  const client = await (await getProvider()).Client.find(clientId);
  const hint = interaction.params.login_hint;
  return {
    uid,
    prompt: interaction.prompt.name === "consent" ? "consent" : "login",
    clientName: client?.clientName ?? clientId,
    loginHint: typeof hint === "string" ? hint : null,
    scopes: String(interaction.params.scope ?? "").split(" ").filter(Boolean),
  };
}
