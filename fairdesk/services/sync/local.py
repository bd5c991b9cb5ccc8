"""This installation's own settings (`LocalSetting`): never logged, packed or bundled.

Written straight, not through the seam: they describe this laptop, not the fair.
"""

from __future__ import annotations

from sqlmodel import Session

from fairdesk.store.models import LocalSetting

#: the station's bundle-signing key (hex): HMAC(fair secret, station id), see `station_key`
STATION_KEY = "station.key"
#: the salt (base64) and scrypt key (hex) of the organiser's passphrase bundles are sealed with
BUNDLE_SALT = "bundle.salt"
BUNDLE_KEY = "bundle.key"
#: when the pack this station was started or last refreshed from was made (ISO time)
PACK_MADE_AT = "pack.made_at"
#: the folder the GUI writes a bundle to every few minutes, and how often
AUTO_BUNDLE_DIR = "bundle.auto_dir"
AUTO_BUNDLE_MINUTES = "bundle.auto_minutes"


def get_setting(session: Session, name: str) -> str | None:
    row = session.get(LocalSetting, name)
    return None if row is None else row.value


def set_setting(session: Session, name: str, value: str) -> None:
    row = session.get(LocalSetting, name)
    if row is None:
        session.add(LocalSetting(name=name, value=value))
    else:
        row.value = value
        session.add(row)
    session.flush()
