import logging
from pathlib import Path

from ml.train import train_ranker

log = logging.getLogger(__name__)

CACHE_DIR = Path("/var/cache/ranker")


def _cache_path(dataset_version: str) -> Path:
    return CACHE_DIR / f"ranker-{dataset_version}.bin"


def load_ranker(dataset_version: str):
    log.info("training ranker for %s", dataset_version)
    return train_ranker(dataset_version)
