import ast
import configparser
from pathlib import Path

DEFAULTS = {"retries": 3, "backoff": (1, 2, 4), "hosts": ["localhost"]}


def load_settings(path: Path) -> dict:
    """Read [worker] from an ini file; values are Python literals, e.g. hosts = ["a", "b"]."""
    parser = configparser.ConfigParser()
    parser.read(path)
    settings = dict(DEFAULTS)
    if not parser.has_section("worker"):
        return settings
    for key, raw in parser.items("worker"):
        try:
            settings[key] = ast.literal_eval(raw)
        except (ValueError, SyntaxError):
            settings[key] = raw  # plain string
    return settings