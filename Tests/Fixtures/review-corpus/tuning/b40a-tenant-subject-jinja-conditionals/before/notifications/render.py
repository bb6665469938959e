"""Render per-tenant notification e-mails.

Tenant admins can customise the subject line and body from Settings > Notifications;
both are stored on TenantSettings and rendered at send time by the shared worker.
"""
from __future__ import annotations

from string import Template

from jinja2 import select_autoescape
from jinja2.sandbox import SandboxedEnvironment

from notifications.models import TenantSettings

DEFAULT_SUBJECT = "[$tenant_name] $event_title"

_body_env = SandboxedEnvironment(
    autoescape=select_autoescape(["html"]),
    trim_blocks=True,
)


def _context(tenant: TenantSettings, event: dict) -> dict:
    return {
        "tenant_name": tenant.display_name,
        "event_title": event["title"],
        "event_url": event["url"],
        "severity": event.get("severity", "info"),
    }


def render_subject(tenant: TenantSettings, event: dict) -> str:
    template = tenant.subject_template or DEFAULT_SUBJECT
    return Template(template).safe_substitute(_context(tenant, event))


def render_body(tenant: TenantSettings, event: dict) -> str:
    template = _body_env.from_string(tenant.body_template)
    return template.render(**_context(tenant, event))
