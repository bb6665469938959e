"""Load map tiles described by a manifest, decoding them into numpy arrays."""
import hashlib
import json
from pathlib import Path

import numpy as np

from .codec import decode_tile


def _manifest_digest(manifest_path: Path) -> str:
    h = hashlib.sha256()
    h.update(manifest_path.read_bytes())
    return h.hexdigest()


def load_tiles(manifest_path: str) -> list[np.ndarray]:
    path = Path(manifest_path)
    manifest = json.loads(path.read_text())
    return [decode_tile(path.parent / t["file"], t["dtype"]) for t in manifest["tiles"]]
