"""Load map tiles described by a manifest, decoding them into numpy arrays."""
import hashlib
import json
import os
import pickle
from pathlib import Path

import numpy as np

from .codec import decode_tile

CACHE_DIR = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "tiler"


def _manifest_digest(manifest_path: Path) -> str:
    h = hashlib.sha256()
    h.update(manifest_path.read_bytes())
    return h.hexdigest()


def load_tiles(manifest_path: str) -> list[np.ndarray]:
    path = Path(manifest_path)
    cache_file = CACHE_DIR / f"{_manifest_digest(path)}.pkl"
    if cache_file.exists():
        with cache_file.open("rb") as fh:
            return pickle.load(fh)
    manifest = json.loads(path.read_text())
    tiles = [decode_tile(path.parent / t["file"], t["dtype"]) for t in manifest["tiles"]]
    CACHE_DIR.mkdir(parents=True, exist_ok=True, mode=0o700)
    with cache_file.open("wb") as fh:
        pickle.dump(tiles, fh, protocol=pickle.HIGHEST_PROTOCOL)
    return tiles
