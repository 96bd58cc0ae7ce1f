"""Typed settings with defaults. Stored in the database (table ``settings``), one JSON value per key.

``CentreSettings`` holds what documents and reports print (the centre's requisites) and the rules that
staff may adjust (appeal numbering, post delivery days, retention). Read and written through
``services.settings``; this module only defines the shape and the defaults.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields


@dataclass(frozen=True)
class CentreSettings:
    centre_name: str = "Центр активных людей"
    # a UUID made at `init` (or at the first `settings` command of an older database); never edited: it
    # tells centres apart when their data are gathered in one place
    centre_id: str = ""
    organisation_name: str = ""  # the NGO the centre is part of (the personal-data operator)
    address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    inn: str = ""
    ogrn: str = ""
    head_position: str = "Руководитель"
    head_name: str = ""  # «И.И. Иванов», for signatures on reports
    city: str = ""
    # appeals (DOMAIN A2): post delivery days, and the number pattern of the outgoing register
    post_delivery_days: int = 7
    appeal_number_pattern: str = "ЦАЛ-{year}-{seq:04}"
    due_soon_days: int = 5
    # personal data (152-FZ): retention after the last activity, consent form version
    retention_years: int = 3
    consent_form_version: str = "1"
    consent_renewal_years: int = 3  # a consent older than this is renewed (issue 15)
    # security and backups
    idle_lock_minutes: int = 15
    backup_dir: str = ""
    backup_keep: int = 10
    language: str = "ru"
    extra: dict[str, str] = field(default_factory=dict)

    @classmethod
    def keys(cls) -> list[str]:
        return [f.name for f in fields(cls)]
