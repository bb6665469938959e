import os

from elasticsearch import Elasticsearch


def search_client() -> Elasticsearch:
    return Elasticsearch(
        os.environ["SEARCH_URL"],
        basic_auth=("indexer", os.environ["SEARCH_PASSWORD"]),
        verify_certs=False,
        request_timeout=10,
    )