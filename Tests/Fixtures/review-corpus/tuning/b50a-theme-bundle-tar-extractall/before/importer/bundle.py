import os
import tarfile
import tempfile
from pathlib import Path

from importer.errors import BundleError
from importer.manifest import read_manifest

MAX_MEMBERS = 5000


def _safe_members(tar: tarfile.TarFile, dest: Path):
    root = dest.resolve()
    for count, member in enumerate(tar.getmembers(), start=1):
        if count > MAX_MEMBERS:
            raise BundleError("bundle has too many files")
        if member.issym() or member.islnk() or member.isdev():
            raise BundleError(f"links and devices are not allowed: {member.name}")
        target = (dest / member.name).resolve()
        if not target.is_relative_to(root):
            raise BundleError(f"path escapes bundle root: {member.name}")
        yield member


def unpack_theme_bundle(upload_path: str) -> Path:
    """Unpack a user-uploaded theme bundle (.tar.gz) into a fresh working directory."""
    dest = Path(tempfile.mkdtemp(prefix="theme-"))
    with tarfile.open(upload_path, mode="r:gz") as tar:
        tar.extractall(dest, members=_safe_members(tar, dest))
    read_manifest(dest / "theme.json")
    os.chmod(dest, 0o755)
    return dest
