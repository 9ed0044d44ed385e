import { DomainError } from "@/lib/kernel/errors";
import { UsageError, type CliIo } from "./cli-io";

/**
 * The new user's password: all of stdin with --password-stdin (one trailing newline dropped), else
 * typed twice at a hidden prompt. Never from an argument, which would land in shell history and ps.
 */
export async function readPassword(io: CliIo, fromStdin: boolean): Promise<string> {
  if (fromStdin) return (await readAll(io.stdin)).replace(/\r?\n$/, "");
  if (!io.stdin.isTTY || !io.stdin.setRawMode) {
    throw new UsageError("no password: pipe it in with --password-stdin, or run in a terminal to be prompted");
  }
  const first = await promptHidden(io, "Password: ");
  const second = await promptHidden(io, "Repeat password: ");
  if (first !== second) throw new DomainError("VALIDATION", "the passwords do not match");
  return first;
}

async function readAll(stream: CliIo["stdin"]): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString("utf8");
}

// Raw mode so nothing is echoed; handles Enter, Backspace and Ctrl-C / Ctrl-D.
function promptHidden(io: CliIo, prompt: string): Promise<string> {
  const { stdin, stderr } = io;
  stderr.write(prompt);
  stdin.setRawMode!(true);
  stdin.resume();
  return new Promise((resolve, reject) => {
    let value = "";
    const finish = (result: () => void) => {
      stdin.off("data", onData);
      stdin.setRawMode!(false);
      stdin.pause();
      stderr.write("\n");
      result();
    };
    const onData = (chunk: Buffer | string) => {
      for (const char of chunk.toString("utf8")) {
        if (char === "\r" || char === "\n") return finish(() => resolve(value));
        if (char === "\u0003" || char === "\u0004") return finish(() => reject(new UsageError("cancelled")));
        if (char === "\u007f" || char === "\b") value = value.slice(0, -1);
        else if (char >= " ") value += char;
      }
    };
    stdin.on("data", onData);
  });
}
