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
            for member in tar.getmembers():
                if member.name == "manifest.json":
                    manifest = json.load(tar.extractfile(member))
                    break
            else:
                log.warning("upload %s has no manifest.json", upload_id)
                return
        import_manifest(manifest, Path(workdir))
