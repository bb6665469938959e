"""Extra password validators, wired up in settings.AUTH_PASSWORD_VALIDATORS.

Hashing itself is left to Django's PASSWORD_HASHERS (Argon2 first); nothing
in this module stores or compares password hashes.
"""
import logging
import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _, ngettext

log = logging.getLogger(__name__)


class CharacterClassValidator:
    """Require at least `min_classes` of: lowercase, uppercase, digit, symbol."""

    PATTERNS = (r"[a-z]", r"[A-Z]", r"[0-9]", r"[^A-Za-z0-9]")

    def __init__(self, min_classes=3):
        self.min_classes = min_classes

    def validate(self, password, user=None):
        found = sum(1 for p in self.PATTERNS if re.search(p, password))
        if found < self.min_classes:
            raise ValidationError(
                ngettext(
                    "Use at least %(n)d kind of character (lowercase, uppercase, digit, symbol).",
                    "Use at least %(n)d kinds of character (lowercase, uppercase, digit, symbol).",
                    self.min_classes,
                ),
                code="password_too_simple",
                params={"n": self.min_classes},
            )

    def get_help_text(self):
        return _("Your password must mix at least %(n)d kinds of character.") % {"n": self.min_classes}


class NoOrganisationNameValidator:
    """Reject passwords containing the user's organisation name."""

    def validate(self, password, user=None):
        org = getattr(getattr(user, "organisation", None), "name", "") or ""
        if len(org) >= 4 and org.lower() in password.lower():
            raise ValidationError(
                _("Your password must not contain your organisation's name."),
                code="password_contains_org",
            )

    def get_help_text(self):
        return _("Your password must not contain your organisation's name.")
