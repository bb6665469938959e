import { HttpService } from '@nestjs/axios';
import { BadRequestException, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { AxiosError } from 'axios';
import { firstValueFrom } from 'rxjs';

export interface RepoSummary {
  fullName: string;
  description: string | null;
  defaultBranch: string;
  stars: number;
  private: boolean;
  pushedAt: string;
}

// GitHub login rules: alphanumerics and single hyphens, max 39 chars.
const OWNER_RE = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
// Repo names: letters, digits, '-', '_', '.', but never '.' or '..' on their own.
const REPO_RE = /^(?!\.{1,2}$)[A-Za-z0-9._-]{1,100}$/;

@Injectable()
export class GithubReposService {
  private readonly logger = new Logger(GithubReposService.name);
  private readonly baseUrl = 'https://api.github.com';

  constructor(
    private readonly http: HttpService,
    private readonly config: ConfigService,
  ) {}

  async getSummary(owner: string, repo: string): Promise<RepoSummary> {
    if (!OWNER_RE.test(owner) || !REPO_RE.test(repo)) {
      throw new BadRequestException('Not a valid GitHub owner/repo');
    }

    const url = `${this.baseUrl}/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}`;
    try {
      const { data } = await firstValueFrom(
        this.http.get(url, {
          headers: {
            Accept: 'application/vnd.github+json',
            'X-GitHub-Api-Version': '2022-11-28',
            Authorization: `Bearer ${this.config.getOrThrow<string>('GITHUB_APP_READONLY_TOKEN')}`,
          },
          timeout: 5_000,
          maxRedirects: 0,
        }),
      );

      return {
        fullName: data.full_name,
        description: data.description,
        defaultBranch: data.default_branch,
        stars: data.stargazers_count,
        private: data.private,
        pushedAt: data.pushed_at,
      };
    } catch (err) {
      if (err instanceof AxiosError && err.response?.status === 404) {
        throw new NotFoundException(`Repository ${owner}/${repo} not found`);
      }
      this.logger.warn(`GitHub lookup failed for ${owner}/${repo}: ${(err as Error).message}`);
      throw err;
    }
  }
}
