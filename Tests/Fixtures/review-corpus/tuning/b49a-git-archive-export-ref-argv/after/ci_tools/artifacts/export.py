import logging
import re
import subprocess
from pathlib import Path

log = logging.getLogger(__name__)

REPOS_ROOT = Path("/srv/mirrors")

# branch names, tags and SHAs; no leading dash, no "..", no shell or revision syntax
_REF_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._/-]{0,199}")


class InvalidRef(ValueError):
    pass


def _run(args: list[str], cwd: Path) -> str:
    proc = subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=120, check=True)
    return proc.stdout.strip()


def export_ref(repo: str, ref: str, out_dir: Path) -> Path:
    """Write a tarball of `ref` (as requested through the artifacts API) into out_dir."""
    if not _REF_RE.fullmatch(ref) or ".." in ref:
        raise InvalidRef(f"invalid ref: {ref!r}")
    repo_dir = REPOS_ROOT / f"{repo}.git"
    sha = _run(
        ["git", "rev-parse", "--verify", "--quiet", "--end-of-options", f"{ref}^{{commit}}"],
        cwd=repo_dir,
    )
    out = out_dir / f"{repo}-{sha[:12]}.tar.gz"
    _run(
        ["git", "archive", "--format=tar.gz", f"--prefix={repo}/", f"--output={out}", sha],
        cwd=repo_dir,
    )
    log.info("exported %s@%s (%s) to %s", repo, sha, ref, out)
    return out


def export_default_branch(repo: str, out_dir: Path) -> Path:
    """Write a tarball of the repository's default branch into out_dir."""
    return export_ref(repo, "HEAD", out_dir)
