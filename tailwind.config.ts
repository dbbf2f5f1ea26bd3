import type { Config } from "tailwindcss";

// Tailwind 4 reads this through `@config` in app/globals.css. Design tokens live here so
// components use names (brand, band colours) rather than raw palette values.
const config: Config = {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}"],
  theme: {
    extend: {
      colors: {
        brand: { 50: "#eef5ff", 100: "#d9e8ff", 500: "#2f6fde", 600: "#1f57c0", 700: "#1a469a", 900: "#142f63" },
      },
      fontFamily: {
        sans: [
          "ui-sans-serif",
          "system-ui",
          "-apple-system",
          "Segoe UI",
          "Roboto",
          "Helvetica Neue",
          "Arial",
          "sans-serif",
        ],
      },
    },
  },
};

export default config;
