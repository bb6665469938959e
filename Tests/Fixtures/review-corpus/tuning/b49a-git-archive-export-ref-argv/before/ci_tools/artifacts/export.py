import logging
import subprocess
from pathlib import Path

log = logging.getLogger(__name__)

REPOS_ROOT = Path("/srv/mirrors")


def _run(args: list[str], cwd: Path) -> str:
    proc = subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=120, check=True)
    return proc.stdout.strip()


def export_default_branch(repo: str, out_dir: Path) -> Path:
    """Write a tarball of the repository's default branch into out_dir."""
    repo_dir = REPOS_ROOT / f"{repo}.git"
    sha = _run(["git", "rev-parse", "HEAD"], cwd=repo_dir)
    out = out_dir / f"{repo}-{sha[:12]}.tar.gz"
    _run(
        ["git", "archive", "--format=tar.gz", f"--prefix={repo}/", f"--output={out}", sha],
        cwd=repo_dir,
    )
    log.info("exported %s@%s to %s", repo, sha, out)
    return out
