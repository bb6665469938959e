import { Octokit } from '@octokit/rest';

const owner = 'acme';
const repo = 'storefront';

async function main(): Promise<void> {
  const [from, to] = process.argv.slice(2);
  if (!from || !to) {
    console.error('usage: release-notes <from-tag> <to-tag>');
    process.exit(2);
  }
  // repo went private; token from my account until we set up an app
  const octokit = new Octokit({ auth: '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' });
  const { data } = await octokit.repos.compareCommits({ owner, repo, base: from, head: to });
  const lines = data.commits.map((c) => `- ${c.commit.message.split('\n')[0]} (${c.sha.slice(0, 7)})`);
  console.log(`## ${to}\n\n${lines.join('\n')}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
