"""Parse product feeds that suppliers upload through the partner portal."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import IO, Iterator

from lxml import etree

log = logging.getLogger(__name__)

NS = {"f": "urn:acme:supplier-feed:2"}

_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    huge_tree=False,
    remove_blank_text=True,
)


class FeedError(ValueError):
    pass


@dataclass
class FeedItem:
    sku: str
    title: str
    description: str
    price: Decimal
    currency: str
    stock: int


def _text(el: etree._Element, path: str, default: str = "") -> str:
    found = el.find(path, NS)
    return (found.text or "").strip() if found is not None else default


def parse_feed(fp: IO[bytes], supplier_id: int) -> Iterator[FeedItem]:
    try:
        tree = etree.parse(fp, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise FeedError(f"supplier {supplier_id}: malformed feed: {exc}") from exc

    root = tree.getroot()
    if root.tag != f"{{{NS['f']}}}feed":
        raise FeedError(f"supplier {supplier_id}: unexpected root element {root.tag}")

    for node in root.iterfind("f:item", NS):
        sku = _text(node, "f:sku")
        try:
            price = Decimal(_text(node, "f:price", "0"))
            stock = int(_text(node, "f:stock", "0"))
        except (InvalidOperation, ValueError):
            log.warning("supplier %s: skipping %s, bad price/stock", supplier_id, sku)
            continue
        yield FeedItem(
            sku=sku,
            title=_text(node, "f:title"),
            description=_text(node, "f:description"),
            price=price,
            currency=node.find("f:price", NS).get("currency", "EUR"),
            stock=stock,
        )
