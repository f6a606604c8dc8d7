"""Child process of the memory benchmark: ``python -m benchmarks.memory_child HOME [VAULT]``.

Prints one JSON line ``{"peak_bytes": N}``: the peak resident set size of this process
after it opened VAULT, loaded the persons list into the Qt model, searched and saved one
edit (or, without VAULT, after only the imports and the QApplication).
"""

from __future__ import annotations

import json
import os
import resource
import sys
from dataclasses import replace
from pathlib import Path


def peak_rss_bytes() -> int:
    """The process's peak resident set size (VmHWM; ru_maxrss where /proc is missing)."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text(encoding="ascii").splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


def main(argv: list[str]) -> int:
    """Run the child; see the module docstring."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from benchmarks.fixtures import PASSPHRASE, SEARCH_NAME
    from sspf_desk.paths import AppPaths
    from sspf_desk.services.workspace import Workspace
    from sspf_desk.ui.models.persons_model import Column, PersonsModel, PersonsProxy

    app = QApplication.instance() or QApplication([])
    if len(argv) > 1:
        root = Path(argv[0])
        data = root / "data"
        paths = AppPaths(data, root / "config", root / "logs", data / "locks", data / "backups")
        workspace = Workspace.open(Path(argv[1]), paths=paths.ensure(), passphrase=PASSPHRASE)
        model = PersonsModel()
        proxy = PersonsProxy()
        proxy.setSourceModel(model)
        proxy.sort(Column.NAME, Qt.SortOrder.AscendingOrder)
        rows = workspace.persons.list_young_persons()
        model.set_rows(rows)
        proxy.set_search_text(SEARCH_NAME)
        proxy.set_search_text("")
        person = workspace.persons.get_young_person(rows[0].id)
        edit = replace(person.to_input(), school_class="Minne 1")
        workspace.persons.update_young_person(person.id, edit)
        workspace.close()
    app.processEvents()
    print(json.dumps({"peak_bytes": peak_rss_bytes()}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
