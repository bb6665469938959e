import re
import subprocess
import tempfile
from pathlib import Path

from celery import shared_task

from builds.models import Build

REF_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/-]{0,127}$")
REPO_ROOT = Path("/var/lib/builder/mirrors")


def _checked_ref(ref: str) -> str:
    if not REF_RE.fullmatch(ref) or ".." in ref:
        raise ValueError(f"refusing suspicious ref {ref!r}")
    return ref


def _git(repo: Path, *args: str) -> str:
    proc = subprocess.run(
        ["git", "-C", str(repo), *args],
        check=True,
        capture_output=True,
        text=True,
        timeout=300,
    )
    return proc.stdout


@shared_task(bind=True, max_retries=2)
def resolve_commit(self, build_id: int):
    build = Build.objects.get(pk=build_id)
    repo = REPO_ROOT / build.project.mirror_name
    ref = _checked_ref(build.ref)
    _git(repo, "fetch", "--prune", "origin")
    build.commit_sha = _git(repo, "rev-parse", "--verify", f"{ref}^{{commit}}").strip()
    build.save(update_fields=["commit_sha"])


@shared_task
def export_source(build_id: int) -> str:
    build = Build.objects.get(pk=build_id)
    repo = REPO_ROOT / build.project.mirror_name
    out = Path(tempfile.mkdtemp(prefix=f"build-{build.pk}-")) / "source.tar.gz"
    _git(
        repo,
        "archive",
        "--format=tar.gz",
        f"--prefix={build.project.slug}/",
        f"--output={out}",
        build.commit_sha,
    )
    return str(out)
