"""Render per-tenant notification e-mails.

Tenant admins can customise the subject line and body from Settings > Notifications;
both are stored on TenantSettings and rendered at send time by the shared worker.
"""
from __future__ import annotations

from jinja2 import Environment, StrictUndefined, select_autoescape
from jinja2.sandbox import SandboxedEnvironment

from notifications.models import TenantSettings

DEFAULT_SUBJECT = "[{{ tenant_name }}] {{ event_title }}"

_body_env = SandboxedEnvironment(
    autoescape=select_autoescape(["html"]),
    trim_blocks=True,
)

# Subjects are plain text (no HTML escaping) and now support {% if severity == "critical" %}.
_subject_env = Environment(autoescape=False, undefined=StrictUndefined)


def _context(tenant: TenantSettings, event: dict) -> dict:
    return {
        "tenant_name": tenant.display_name,
        "event_title": event["title"],
        "event_url": event["url"],
        "severity": event.get("severity", "info"),
    }


def render_subject(tenant: TenantSettings, event: dict) -> str:
    template = _subject_env.from_string(tenant.subject_template or DEFAULT_SUBJECT)
    return template.render(**_context(tenant, event)).strip()


def render_body(tenant: TenantSettings, event: dict) -> str:
    template = _body_env.from_string(tenant.body_template)
    return template.render(**_context(tenant, event))
