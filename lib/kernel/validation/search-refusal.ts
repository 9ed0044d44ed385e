import { isDomainError } from "@/lib/kernel/errors";

// A list page's address carries its search and page link, and anyone can edit an address: a search
// or cursor its schema refuses (a control character, a cursor from elsewhere) is said in words on
// the page, with nothing listed, never an error page (ARCHITECTURE.md "Input").
export const SEARCH_REFUSAL = "That search or page link is not valid: search again.";

/** The list, or null when its query was refused as not valid (any other error still throws). */
export async function unlessSearchRefused<T>(list: Promise<T>): Promise<T | null> {
  try {
    return await list;
  } catch (error) {
    if (isDomainError(error) && error.code === "VALIDATION") return null;
    throw error;
  }
}
