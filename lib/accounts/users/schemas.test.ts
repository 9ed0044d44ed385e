import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { DomainError } from "@/lib/kernel/errors";
import { assertPasswordNotEmail, isCommonPassword, signUpSchema } from "./schemas";

const errorsOf = (input: unknown) => {
  const result = signUpSchema.safeParse(input);
  return result.success ? {} : z.flattenError(result.error).fieldErrors;
};

describe("signUpSchema", () => {
  it("normalises the email and trims the name", () => {
    const parsed = signUpSchema.parse({
      name: "  Ada  ",
      email: "  Ada@Example.COM ",
      password: "long enough passphrase",
    });
    expect(parsed).toEqual({ name: "Ada", email: "ada@example.com", password: "long enough passphrase" });
  });

  it.each([
    ["short", "at least 10"],
    ["1234567890", "too common"],
    ["PassWord1234", "too common"],
    ["x".repeat(257), "at most 256"],
  ])("refuses the password %j", (password, message) => {
    expect(errorsOf({ name: "A", email: "a@example.com", password }).password?.join()).toContain(message);
  });

  it("has no composition rules: any long, uncommon password will do", () => {
    for (const password of ["aaaaaaaaaaaaaaaaaaaab", "only lower case words", "🔑🔑🔑🔑🔑 🔑🔑🔑🔑🔑"]) {
      expect(errorsOf({ name: "A", email: "a@example.com", password })).toEqual({});
    }
  });

  it("refuses the email as password, a bad email and an empty name", () => {
    expect(errorsOf({ name: "A", email: "ada@example.com", password: "Ada@Example.com" }).password).toBeDefined();
    expect(errorsOf({ name: "A", email: "not-an-email", password: "long enough passphrase" }).email).toBeDefined();
    expect(errorsOf({ name: "   ", email: "a@example.com", password: "long enough passphrase" }).name).toBeDefined();
  });

  it("ships a list of common passwords of the minimum length and more", () => {
    expect(isCommonPassword("qwertyuiop")).toBe(true);
    expect(isCommonPassword("a very uncommon passphrase")).toBe(false);
  });
});

describe("assertPasswordNotEmail", () => {
  it("refuses the account's address in any case, on the field named, with the sign-up schema's words", () => {
    const error = (() => {
      try {
        assertPasswordNotEmail("Ada@Example.com", "ada@example.com", "newPassword");
      } catch (caught) {
        return caught as DomainError;
      }
    })();
    expect(error?.code).toBe("VALIDATION");
    expect(error?.fieldErrors?.newPassword).toEqual(
      errorsOf({ name: "A", email: "ada@example.com", password: "ada@example.com" }).password,
    );
    expect(() => assertPasswordNotEmail("long enough passphrase", "ada@example.com", "password")).not.toThrow();
  });
});
