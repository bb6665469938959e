import os
import tarfile
import tempfile
import zipfile
from pathlib import Path

from importer.errors import BundleError
from importer.manifest import read_manifest

MAX_MEMBERS = 5000


def _extract(upload_path: str, dest: Path) -> None:
    if zipfile.is_zipfile(upload_path):
        with zipfile.ZipFile(upload_path) as zf:
            if len(zf.infolist()) > MAX_MEMBERS:
                raise BundleError("bundle has too many files")
            zf.extractall(dest)
        return
    # r:* handles .tar.gz, .tar.xz and .tar.bz2 bundles from the new theme CLI
    with tarfile.open(upload_path, mode="r:*") as tar:
        if len(tar.getmembers()) > MAX_MEMBERS:
            raise BundleError("bundle has too many files")
        tar.extractall(dest)


def unpack_theme_bundle(upload_path: str) -> Path:
    """Unpack a user-uploaded theme bundle (.zip or .tar.*) into a fresh working directory."""
    dest = Path(tempfile.mkdtemp(prefix="theme-"))
    _extract(upload_path, dest)
    read_manifest(dest / "theme.json")
    os.chmod(dest, 0o755)
    return dest
