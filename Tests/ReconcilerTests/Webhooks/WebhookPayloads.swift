/// Trimmed webhook payloads as the forges send them, keeping the fields berth reads and a few it does not.
enum WebhookPayloads {
    static let after = "6113728f27ae82c7b1a177c8d03f9e96e0adf246"
    static let before = "0000000000000000000000000000000000000000"

    static func gitHubPush(ref: String = "refs/heads/main", after: String = after) -> String {
        """
        {
          "ref": "\(ref)",
          "before": "9049f1265b7d61be4a8904a9a27120d2064dab3b",
          "after": "\(after)",
          "created": false,
          "deleted": \(after == before),
          "forced": false,
          "repository": {
            "id": 186853002,
            "name": "deploy",
            "full_name": "acme/deploy",
            "private": true,
            "html_url": "https://github.com/acme/deploy",
            "url": "https://github.com/acme/deploy",
            "git_url": "git://github.com/acme/deploy.git",
            "ssh_url": "git@github.com:acme/deploy.git",
            "clone_url": "https://github.com/acme/deploy.git",
            "default_branch": "main"
          },
          "pusher": {"name": "octocat", "email": "octocat@example.com"},
          "head_commit": {"id": "\(after)", "message": "web: 2 replicas", "timestamp": "2026-11-23T13:00:00Z"}
        }
        """
    }

    static func gitHubPullRequest(action: String) -> String {
        """
        {
          "action": "\(action)",
          "number": 42,
          "pull_request": {
            "url": "https://api.github.com/repos/acme/deploy/pulls/42",
            "number": 42,
            "state": "open",
            "title": "web: new health path",
            "head": {"label": "acme:web-health", "ref": "web-health", "sha": "\(after)",
                     "repo": {"full_name": "acme/deploy", "clone_url": "https://github.com/acme/deploy.git"}},
            "base": {"label": "acme:main", "ref": "main", "sha": "9049f1265b7d61be4a8904a9a27120d2064dab3b",
                     "repo": {"full_name": "acme/deploy", "clone_url": "https://github.com/acme/deploy.git"}}
          },
          "repository": {
            "full_name": "acme/deploy",
            "html_url": "https://github.com/acme/deploy",
            "ssh_url": "git@github.com:acme/deploy.git",
            "clone_url": "https://github.com/acme/deploy.git"
          },
          "sender": {"login": "octocat"}
        }
        """
    }

    static let gitHubPing = """
        {"zen": "Keep it logically awesome.", "hook_id": 30, "hook": {"type": "Repository", "events": ["push", "pull_request"]},
         "repository": {"full_name": "acme/deploy", "clone_url": "https://github.com/acme/deploy.git"}}
        """

    static let giteaPush = """
        {
          "ref": "refs/heads/main",
          "before": "28e1879d029cb852e4844d9c718537df08844e03",
          "after": "\(after)",
          "compare_url": "https://git.example.com/acme/web/compare/28e1879d029c...6113728f27ae",
          "commits": [{"id": "\(after)", "message": "handler: faster", "url": "https://git.example.com/acme/web/commit/\(after)"}],
          "repository": {
            "id": 140,
            "owner": {"login": "acme"},
            "name": "web",
            "full_name": "acme/web",
            "html_url": "https://git.example.com/acme/web",
            "ssh_url": "ssh://git@git.example.com:2222/acme/web.git",
            "clone_url": "https://git.example.com/acme/web.git",
            "default_branch": "main"
          },
          "pusher": {"login": "gitea"}
        }
        """

    static let giteaPullRequestSynchronized = """
        {
          "action": "synchronized",
          "number": 7,
          "pull_request": {
            "id": 1, "number": 7, "title": "api: 3 workers", "state": "open",
            "head": {"label": "api-workers", "ref": "api-workers", "sha": "\(after)"},
            "base": {"label": "main", "ref": "main", "sha": "28e1879d029cb852e4844d9c718537df08844e03"}
          },
          "repository": {
            "full_name": "acme/deploy",
            "html_url": "https://git.example.com/acme/deploy",
            "ssh_url": "git@git.example.com:acme/deploy.git",
            "clone_url": "https://git.example.com/acme/deploy.git"
          }
        }
        """

    static let gitLabPush = """
        {
          "object_kind": "push",
          "event_name": "push",
          "before": "95790bf891e76fee5e1747ab589903a6a1f80f22",
          "after": "\(after)",
          "ref": "refs/heads/main",
          "checkout_sha": "\(after)",
          "user_username": "jsmith",
          "project_id": 15,
          "project": {
            "id": 15,
            "name": "deploy",
            "web_url": "https://gitlab.example.com/acme/platform/deploy",
            "git_ssh_url": "git@gitlab.example.com:acme/platform/deploy.git",
            "git_http_url": "https://gitlab.example.com/acme/platform/deploy.git",
            "path_with_namespace": "acme/platform/deploy",
            "default_branch": "main"
          },
          "commits": [{"id": "\(after)", "message": "cache: 7.2"}],
          "total_commits_count": 1
        }
        """

    static func gitLabMergeRequest(action: String, oldrev: String?) -> String {
        """
        {
          "object_kind": "merge_request",
          "event_type": "merge_request",
          "user": {"username": "jsmith"},
          "project": {
            "id": 15,
            "web_url": "https://gitlab.example.com/acme/platform/deploy",
            "git_ssh_url": "git@gitlab.example.com:acme/platform/deploy.git",
            "git_http_url": "https://gitlab.example.com/acme/platform/deploy.git",
            "path_with_namespace": "acme/platform/deploy"
          },
          "object_attributes": {
            "id": 99,
            "iid": 3,
            "title": "web: memory 512Mi",
            "state": "opened",
            "action": "\(action)",
            \(oldrev.map { "\"oldrev\": \"\($0)\"," } ?? "")
            "source_branch": "web-memory",
            "target_branch": "main",
            "last_commit": {"id": "\(after)", "message": "web: memory 512Mi"},
            "source": {"git_http_url": "https://gitlab.example.com/acme/platform/deploy.git"},
            "target": {"git_http_url": "https://gitlab.example.com/acme/platform/deploy.git"}
          }
        }
        """
    }
}
