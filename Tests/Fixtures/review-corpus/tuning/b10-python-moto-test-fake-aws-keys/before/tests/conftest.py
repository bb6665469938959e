import pytest

from archiver.config import Settings


@pytest.fixture
def settings(tmp_path):
    return Settings(
        bucket="test-archive",
        region="us-east-1",
        spool_dir=tmp_path / "spool",
    )
