"""The desk's own settings (window size and layout, the staff member at this desk) in QSettings.

These belong to the computer, not to the centre's database. ``CAL_DESKTOP_GUI_INI`` points them at a
file of its own (tests use a temporary one so they never touch the user's settings).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QSettings

from cal_desktop import paths

INI_ENV = "CAL_DESKTOP_GUI_INI"


def gui_settings() -> QSettings:
    path = os.environ.get(INI_ENV) or str(paths.data_dir() / "desk.ini")
    return QSettings(path, QSettings.Format.IniFormat)


def desk_staff_key(db_url: str) -> str:
    """The staff member remembered per database (a laptop may open a test copy too)."""
    safe = "".join(ch if ch.isalnum() else "_" for ch in db_url)[-120:]
    return f"desk/staff/{safe}"
