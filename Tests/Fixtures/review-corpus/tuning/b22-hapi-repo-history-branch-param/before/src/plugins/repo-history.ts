import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import Boom from '@hapi/boom';
import type { Plugin, Request } from '@hapi/hapi';
import Joi from 'joi';

const execFileAsync = promisify(execFile);

interface RepoHistoryOptions {
  reposRoot: string;
  defaultBranch: string;
}

interface CommitSummary {
  sha: string;
  author: string;
  date: string;
  subject: string;
}

const FORMAT = '%H%x1f%an%x1f%aI%x1f%s%x1e';

function parseLog(stdout: string): CommitSummary[] {
  return stdout
    .split('\x1e')
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .map((chunk) => {
      const [sha, author, date, subject] = chunk.split('\x1f');
      return { sha, author, date, subject };
    });
}

export const repoHistoryPlugin: Plugin<RepoHistoryOptions> = {
  name: 'repo-history',
  version: '1.2.0',
  register(server, options) {
    server.route({
      method: 'GET',
      path: '/projects/{projectId}/history',
      options: {
        auth: 'session',
        validate: {
          params: Joi.object({ projectId: Joi.string().uuid().required() }),
          query: Joi.object({ limit: Joi.number().integer().min(1).max(200).default(50) }),
        },
      },
      async handler(request: Request) {
        const { projectId } = request.params as { projectId: string };
        const { limit } = request.query as { limit: number };

        const project = await request.server.methods.projects.findForUser(projectId, request.auth.credentials);
        if (!project) {
          throw Boom.notFound();
        }

        const repoDir = path.join(options.reposRoot, `${project.id}.git`);
        const { stdout } = await execFileAsync(
          'git',
          ['--git-dir', repoDir, 'log', `--format=${FORMAT}`, '-n', String(limit), options.defaultBranch],
          { timeout: 10_000, maxBuffer: 4 * 1024 * 1024 },
        );
        return { branch: options.defaultBranch, commits: parseLog(stdout) };
      },
    });
  },
};
