import logging
import pickle
from pathlib import Path

from ml.train import train_ranker

log = logging.getLogger(__name__)

CACHE_DIR = Path("/var/cache/ranker")


def _cache_path(dataset_version: str) -> Path:
    return CACHE_DIR / f"ranker-{dataset_version}.bin"


def load_ranker(dataset_version: str):
    path = _cache_path(dataset_version)
    if path.exists():
        with path.open("rb") as fh:
            return pickle.load(fh)
    log.info("training ranker for %s", dataset_version)
    model = train_ranker(dataset_version)
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    with tmp.open("wb") as fh:
        pickle.dump(model, fh, protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(path)
    return model
