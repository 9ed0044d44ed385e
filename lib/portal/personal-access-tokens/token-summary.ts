import { readScopes, type TokenScope } from "./token-scopes";

// What lists and the CLI show about a token: never the token, never its digest.
export type TokenSummary = {
  id: string;
  name: string;
  hint: string;
  scopes: TokenScope[];
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
};

export const tokenSummarySelect = {
  id: true,
  name: true,
  hint: true,
  scopes: true,
  createdAt: true,
  lastUsedAt: true,
  expiresAt: true,
} as const;

type Row = Omit<TokenSummary, "scopes"> & { scopes: unknown };

export const toTokenSummary = ({ scopes, ...row }: Row): TokenSummary => ({ ...row, scopes: readScopes(scopes) });
