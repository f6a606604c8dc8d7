"""The row view-models are light: the GUI imports them without the storage layers."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import sys
import sspf_desk.services.person_rows
import sspf_desk.ui.ports
heavy = sorted(
    name for name in sys.modules
    if name.split(".")[0] in ("sqlalchemy", "alembic", "cryptography")
    or name.startswith(("sspf_desk.store", "sspf_desk.vault"))
)
print(",".join(heavy))
"""


def test_row_modules_import_only_the_domain() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == ""
