#!/usr/bin/env -S npx tsx
/**
 * Generates the CHANGELOG section for a release from conventional commits.
 *
 *   npx tsx scripts/release/changelog.ts v2.3.0 [--since v2.2.0] [--write]
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

const TAG_RE = /^v\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;
const TYPES: Record<string, string> = {
  feat: "Features",
  fix: "Bug fixes",
  perf: "Performance",
  docs: "Documentation",
};

function git(...args: string[]): string {
  return execFileSync("git", args, { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] }).trim();
}

function previousTag(tag: string): string {
  return git("describe", "--tags", "--abbrev=0", `${tag}^`);
}

function collect(from: string, to: string): Map<string, string[]> {
  const log = git("log", "--no-merges", "--format=%s%x1f%h", `${from}..${to}`);
  const groups = new Map<string, string[]>();
  for (const line of log.split("\n").filter(Boolean)) {
    const [subject, sha] = line.split("\x1f");
    const m = /^(\w+)(?:\(([^)]+)\))?(!)?: (.+)$/.exec(subject);
    if (!m || !(m[1] in TYPES)) continue;
    const heading = m[3] ? "Breaking changes" : TYPES[m[1]];
    const scope = m[2] ? `**${m[2]}:** ` : "";
    groups.set(heading, [...(groups.get(heading) ?? []), `- ${scope}${m[4]} (${sha})`]);
  }
  return groups;
}

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { since: { type: "string" }, write: { type: "boolean", default: false } },
  });
  const tag = positionals[0];
  if (!tag || !TAG_RE.test(tag)) {
    console.error("usage: changelog.ts vX.Y.Z [--since vX.Y.Z] [--write]");
    process.exit(2);
  }
  if (values.since && !TAG_RE.test(values.since)) {
    console.error(`--since must be a version tag, got ${values.since}`);
    process.exit(2);
  }
  const since = values.since ?? previousTag(tag);
  const date = git("log", "-1", "--format=%cs", tag);

  const sections = [...collect(since, tag)].map(([h, items]) => `### ${h}\n\n${items.join("\n")}`);
  const block = `## ${tag} (${date})\n\n${sections.join("\n\n")}\n`;

  if (!values.write) {
    process.stdout.write(block);
    return;
  }
  const file = path.resolve(git("rev-parse", "--show-toplevel"), "CHANGELOG.md");
  const existing = readFileSync(file, "utf8");
  writeFileSync(file, existing.replace(/^# Changelog\n/, `# Changelog\n\n${block}`));
  console.log(`updated ${file}`);
}

main();
