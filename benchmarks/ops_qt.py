"""The persons table in Qt (offscreen): loading it, and filtering it while the user types.

This is the GUI's own path: ``PersonsModel.set_rows`` with the rows from
``PersonService.list_young_persons`` behind the ``PersonsProxy`` sorted by name (as the
persons view sorts it), and ``PersonsProxy.set_search_text`` per keystroke.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from benchmarks.fixtures import PASSPHRASE, SEARCH_NAME, Fixture
from benchmarks.registry import Operation, Target
from benchmarks.timing import Step, Trial, Untimed
from sspf_desk.services.persons import PersonService
from sspf_desk.services.workspace import Workspace

_APP: list[Any] = []


def qt_application() -> Any:
    """The process's QApplication (offscreen unless a platform was chosen)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    if not _APP:
        _APP.append(QApplication.instance() or QApplication([]))
    return _APP[0]


@contextmanager
def _table(fixture: Fixture) -> Iterator[tuple[Workspace, Any, Any]]:
    """An open workspace and an empty persons model behind a name-sorted proxy."""
    qt_application()
    from PySide6.QtCore import Qt

    from sspf_desk.ui.models.persons_model import Column, PersonsModel, PersonsProxy

    workspace = Workspace.open(fixture.vault, paths=fixture.paths, passphrase=PASSPHRASE)
    model = PersonsModel()
    proxy = PersonsProxy()
    proxy.setSourceModel(model)
    proxy.sort(Column.NAME, Qt.SortOrder.AscendingOrder)
    try:
        yield workspace, model, proxy
    finally:
        workspace.close(discard_unsaved=True)


@contextmanager
def model_load_app(fixture: Fixture) -> Iterator[Trial]:
    """First list after opening (index built) into the model, sorted by name."""
    expected = fixture.records["young_person"]
    with _table(fixture) as (workspace, model, proxy):

        def step() -> None:
            model.set_rows(PersonService(workspace.store).list_young_persons())
            if proxy.rowCount() != expected:
                raise RuntimeError("the proxy does not show every young person")

        yield Trial([step], reset=lambda: model.set_rows([]))


def _type(proxy: Any, text: str) -> Step:
    return lambda: proxy.set_search_text(text)


@contextmanager
def model_keystroke_app(fixture: Fixture) -> Iterator[Trial]:
    """Type 'Lindq', clear (untimed), type the id prefix: one sample per keystroke."""
    with _table(fixture) as (workspace, model, proxy):
        model.set_rows(workspace.persons.list_young_persons())
        name = [_type(proxy, SEARCH_NAME[:n]) for n in range(1, len(SEARCH_NAME) + 1)]
        prefix = fixture.id_prefix
        digits = [_type(proxy, prefix[:n]) for n in range(1, len(prefix) + 1)]
        clear = Untimed(_type(proxy, ""))
        yield Trial([*name, clear, *digits], reset=clear)


@contextmanager
def model_clear_app(fixture: Fixture) -> Iterator[Trial]:
    """Clear the search field after 'Lindq': every row comes back, sorted."""
    with _table(fixture) as (workspace, model, proxy):
        model.set_rows(workspace.persons.list_young_persons())
        yield Trial([_type(proxy, "")], reset=_type(proxy, SEARCH_NAME))


OPERATIONS = [
    Operation(
        name="model_load",
        title="Persons list into the Qt model",
        app=model_load_app,
        targets=(Target("≤ 300 ms", at_most=300.0),),
        note=(
            "PersonService.list_young_persons (first after open) + PersonsModel.set_rows "
            "behind PersonsProxy sorted by name, offscreen."
        ),
    ),
    Operation(
        name="model_search_keystroke",
        title="Search per keystroke (Qt proxy)",
        app=model_keystroke_app,
        targets=(Target("≤ 50 ms p95", at_most=50.0, stat="p95"),),
        note="PersonsProxy.set_search_text per keystroke: 'Lindq', then the id prefix.",
    ),
    Operation(
        name="model_search_clear",
        title="Clear the search (Qt proxy)",
        app=model_clear_app,
        targets=(Target("≤ 50 ms", at_most=50.0),),
        note="From 'Lindq' back to every row (Esc or select-all + Delete): one keystroke.",
    ),
]
