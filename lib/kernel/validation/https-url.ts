import { z } from "zod";
import { plainText } from "./plain-text";

/** An https URL of at most 2000 characters without control characters (logos, homepages). */
export const httpsUrl = () =>
  plainText({ error: "must be an https URL" }).pipe(
    z
      .url({ protocol: /^https$/, error: "must be an https URL" })
      .max(2000, { error: "must be at most 2000 characters" }),
  );
