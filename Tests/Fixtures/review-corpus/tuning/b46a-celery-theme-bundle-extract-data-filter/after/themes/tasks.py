import json
import logging
import tarfile
import tempfile
from pathlib import Path

from celery import shared_task

from .importer import import_manifest
from .storage import download_upload

log = logging.getLogger(__name__)


@shared_task(bind=True, max_retries=3)
def import_theme_bundle(self, upload_id: int) -> None:
    archive = download_upload(upload_id)
    with tempfile.TemporaryDirectory(prefix="theme-") as workdir:
        with tarfile.open(archive, mode="r:gz") as tar:
            # the "data" filter refuses absolute paths, "..", links outside workdir and devices
            tar.extractall(workdir, filter="data")
        manifest_path = Path(workdir) / "manifest.json"
        if not manifest_path.is_file():
            log.warning("upload %s has no manifest.json", upload_id)
            return
        manifest = json.loads(manifest_path.read_text())
        import_manifest(manifest, Path(workdir))
