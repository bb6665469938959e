"""Push contact changes to the CRM.

Every request goes to the fixed CRM API host from settings; callers only
influence the record id in the path (percent-encoded) and the JSON body.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from urllib.parse import quote

import requests
from django.conf import settings

logger = logging.getLogger(__name__)

CRM_API_BASE = "https://api.hubapi.com"
TIMEOUT = (3.05, 10)


class CrmSyncError(Exception):
    pass


@dataclass(frozen=True)
class ContactPayload:
    email: str
    first_name: str
    last_name: str
    company: str | None = None
    lifecycle_stage: str | None = None

    def as_properties(self) -> dict[str, str]:
        props = {
            "email": self.email,
            "firstname": self.first_name,
            "lastname": self.last_name,
        }
        if self.company:
            props["company"] = self.company
        if self.lifecycle_stage:
            props["lifecyclestage"] = self.lifecycle_stage
        return props


def _session() -> requests.Session:
    s = requests.Session()
    s.headers.update(
        {
            "Authorization": f"Bearer {settings.CRM_PRIVATE_APP_TOKEN}",
            "Content-Type": "application/json",
            "User-Agent": "acme-portal/crm-sync",
        }
    )
    return s


def upsert_contact(contact_id: str | None, payload: ContactPayload) -> str:
    """Create the contact, or patch it when we already know its CRM id."""
    session = _session()
    body = {"properties": payload.as_properties()}
    if contact_id:
        url = f"{CRM_API_BASE}/crm/v3/objects/contacts/{quote(str(contact_id), safe='')}"
        resp = session.patch(url, json=body, timeout=TIMEOUT, allow_redirects=False)
    else:
        url = f"{CRM_API_BASE}/crm/v3/objects/contacts"
        resp = session.post(url, json=body, timeout=TIMEOUT, allow_redirects=False)

    if resp.status_code == 409:
        # Already exists under this e-mail; the CRM tells us the existing id.
        existing = resp.json().get("message", "").rsplit("Existing ID: ", 1)[-1].strip()
        if existing.isdigit():
            return upsert_contact(existing, payload)
    if resp.status_code >= 400:
        logger.warning("crm upsert failed: %s %s", resp.status_code, resp.text[:500])
        raise CrmSyncError(f"CRM returned {resp.status_code}")
    return str(resp.json()["id"])


def archive_contact(contact_id: str) -> None:
    url = f"{CRM_API_BASE}/crm/v3/objects/contacts/{quote(str(contact_id), safe='')}"
    resp = _session().delete(url, timeout=TIMEOUT, allow_redirects=False)
    if resp.status_code not in (204, 404):
        raise CrmSyncError(f"CRM returned {resp.status_code}")