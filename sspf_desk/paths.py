"""Where SSPF Desk keeps its local files (settings, logs, locks, backups).

Everything can be moved under one folder with the ``SSPF_DESK_HOME`` environment
variable (used by tests and portable installs). Vault files themselves live wherever
the user puts them.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "sspf-desk"


@dataclass(frozen=True)
class AppPaths:
    """The local folders of one installation."""

    data: Path
    config: Path
    logs: Path
    locks: Path
    backups: Path

    def ensure(self) -> AppPaths:
        """Create the folders (mode 0700) if they are missing and return self."""
        for folder in (self.data, self.config, self.logs, self.locks, self.backups):
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        return self


def app_paths() -> AppPaths:
    """Return the folders for this user, honouring ``SSPF_DESK_HOME``."""
    home = os.environ.get("SSPF_DESK_HOME")
    if home:
        root = Path(home)
        data, config, logs = root / "data", root / "config", root / "logs"
    else:
        data = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))
        config = Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
        logs = Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
    return AppPaths(
        data=data, config=config, logs=logs, locks=data / "locks", backups=data / "backups"
    )
