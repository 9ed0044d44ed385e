import type { Config } from "tailwindcss";

// Tailwind 4 reads this file only through `@config` in app/globals.css.
const config: Config = {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}"],
  darkMode: "media",
  theme: {
    extend: {
      colors: {
        brand: {
          50: "#eef6ff",
          100: "#d9eaff",
          500: "#2f6fed",
          600: "#1f57d6",
          700: "#1a46ad",
          900: "#14285c",
        },
      },
    },
  },
};

export default config;
