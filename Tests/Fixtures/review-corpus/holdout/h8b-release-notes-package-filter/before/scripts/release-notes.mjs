#!/usr/bin/env node
// Usage: node scripts/release-notes.mjs > RELEASE_NOTES.md
// Collects conventional-commit subjects since the last tag and groups them by type.
import { execFileSync } from 'node:child_process'

const git = (...args) => execFileSync('git', args, { encoding: 'utf8' }).trim()

const lastTag = git('describe', '--tags', '--abbrev=0')
const log = git('log', '--no-merges', '--pretty=format:%h%x09%s', `${lastTag}..HEAD`)

const groups = { feat: [], fix: [], perf: [], other: [] }
for (const line of log.split('\n').filter(Boolean)) {
  const [sha, subject] = line.split('\t')
  const m = /^(\w+)(\(.+\))?!?:\s*(.*)$/.exec(subject)
  const type = m && groups[m[1]] ? m[1] : 'other'
  groups[type].push(`- ${m ? m[3] : subject} (${sha})`)
}

const titles = { feat: 'Features', fix: 'Bug fixes', perf: 'Performance', other: 'Other changes' }
for (const [type, items] of Object.entries(groups)) {
  if (items.length === 0) continue
  console.log(`## ${titles[type]}\n\n${items.join('\n')}\n`)
}
