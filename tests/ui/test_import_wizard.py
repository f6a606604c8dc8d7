"""The list-import wizard with a fake port: pages, mapping, preview model, commit, summary."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWizard
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from sspf_desk.errors import KnownError
from sspf_desk.services.import_fields import ImportTarget
from sspf_desk.services.import_mapping import ColumnMapping
from sspf_desk.services.import_preview import (
    ImportPreview,
    ImportSummary,
    build_preview,
)
from sspf_desk.services.import_table import ImportTable, read_table
from sspf_desk.ui.dialogs.import_mapping_page import fixed_value_data
from sspf_desk.ui.dialogs.import_wizard import ImportWizard, PageId
from sspf_desk.ui.i18n import install_translator
from sspf_desk.ui.models.import_preview_model import (
    ACTION_ROLE,
    FixedColumn,
    ImportPreviewModel,
    ProblemsProxy,
)
from sspf_desk.ui.tasks import TaskRunner
from tests.helpers.identity import make_identity

TODAY = date(2025, 6, 1)
PNR_A = make_identity(date(2010, 2, 15), 238)
PNR_B = make_identity(date(2011, 3, 1), 114)
IN_VAULT = make_identity(date(2009, 5, 1), 552)
LINES = [
    "Förnamn;Efternamn;Personnummer;Vårdnadshavare 1;VH1 telefon",
    f"Åsa;Öberg;{PNR_A};Eva Öberg;0701234567",
    f"Kim;Lind;{PNR_B[:-1]}0;;",
    f"Ali;Hassan;{IN_VAULT};;",
    f"Kim;Berg;{PNR_B};;",
]


class SaveFailedError(KnownError):
    message_sv = "Det gick inte att spara."
    message_en = "Could not save."


class FakeImport:
    """The list-import port over the pure service functions; commit only records."""

    def __init__(self) -> None:
        self.commits: list[ImportPreview] = []
        self.fail_commit = False

    def read_table(
        self, path: Path, *, sheet: str | None = None, header_row: int | None = None
    ) -> ImportTable:
        return read_table(path, sheet=sheet, header_row=header_row)

    def guess_mapping(self, table: ImportTable, target: ImportTarget) -> ColumnMapping:
        return ColumnMapping.guess(table, target)

    def preview(self, table: ImportTable, mapping: ColumnMapping) -> ImportPreview:
        return build_preview(table, mapping, existing_keys={IN_VAULT}, today=TODAY)

    def commit(self, preview: ImportPreview) -> ImportSummary:
        if self.fail_commit:
            raise SaveFailedError()
        self.commits.append(preview)
        return ImportSummary(
            preview.target, len(preview.rows), preview.planned(), preview.skipped()
        )


@pytest.fixture
def listing(tmp_path: Path) -> Path:
    path = tmp_path / "lista.csv"
    path.write_text("\n".join(LINES), encoding="utf-8")
    return path


@pytest.fixture
def port() -> FakeImport:
    return FakeImport()


@pytest.fixture
def wizard(qtbot: QtBot, port: FakeImport) -> ImportWizard:
    wizard = ImportWizard(port, runner=TaskRunner(synchronous=True))
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def next_enabled(wizard: ImportWizard) -> bool:
    button = wizard.button(
        QWizard.WizardButton.CommitButton
        if wizard.currentPage().isCommitPage()
        else QWizard.WizardButton.NextButton
    )
    return button.isEnabled()


def sample_preview(listing: Path) -> ImportPreview:
    table = read_table(listing)
    return build_preview(
        table,
        ColumnMapping.guess(table, ImportTarget.YOUNG_PERSON),
        existing_keys={IN_VAULT},
        today=TODAY,
    )


def test_preview_model_passes_modeltester(qtmodeltester: ModelTester, listing: Path) -> None:
    model = ImportPreviewModel()
    qtmodeltester.check(model)
    model.set_preview(sample_preview(listing))
    qtmodeltester.check(model)
    proxy = ProblemsProxy()
    proxy.setSourceModel(model)
    proxy.set_problems_only(True)
    qtmodeltester.check(proxy)
    model.set_preview(None)
    assert model.rowCount() == proxy.rowCount() == 0


def test_preview_model_highlights_problems(listing: Path) -> None:
    model = ImportPreviewModel()
    model.set_preview(sample_preview(listing))
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:5] == ["Line", "Action", "Messages", "First name", "Last name"]
    id_column = headers.index("Personal identity number")
    actions = [model.index(r, 0).data(ACTION_ROLE) for r in range(model.rowCount())]
    assert actions == ["skip", "skip", "duplicate", "create"]  # guardian 1 lacks custody
    ok, bad, duplicate = model.index(3, id_column), model.index(1, id_column), model.index(2, 0)
    assert ok.data(Qt.ItemDataRole.BackgroundRole) is None
    assert bad.data(Qt.ItemDataRole.BackgroundRole) != model.index(1, 0).data(
        Qt.ItemDataRole.BackgroundRole
    )  # the cell with the problem stands out from its row
    assert "kontrollsiffran" in bad.data(Qt.ItemDataRole.ToolTipRole)
    assert duplicate.data(Qt.ItemDataRole.BackgroundRole) is not None
    messages = model.index(1, FixedColumn.MESSAGES).data()
    assert messages.startswith("Personal identity number: Personnumret är inte giltigt")
    assert model.index(1, FixedColumn.LINE).data() == "3"


def test_the_whole_way_through(
    wizard: ImportWizard, port: FakeImport, listing: Path, qtbot: QtBot
) -> None:
    assert not next_enabled(wizard)
    wizard.file_page.load(listing)
    assert wizard.file_page.status.text().startswith("4 rows and 5 columns read")
    assert not wizard.file_page.sheet.isVisible()  # CSV: no sheets
    assert next_enabled(wizard)
    wizard.next()
    assert wizard.currentId() == PageId.MAPPING
    combos = wizard.mapping_page.combos
    assert combos["first_name"].currentText() == "Column 1: Förnamn"
    assert combos["guardian1_phone"].currentText() == "Column 5: VH1 telefon"
    combos["id_number"].setCurrentIndex(0)
    assert not next_enabled(wizard)
    assert "Personnummer" in wizard.mapping_page.problems.text()
    combos["id_number"].setCurrentIndex(3)
    custody = combos["guardian1_custody"]
    custody.setCurrentIndex(custody.findData(fixed_value_data("joint")))
    assert custody.currentText() == "Always: Joint custody"
    assert next_enabled(wizard)
    wizard.next()
    page = wizard.preview_page
    assert page.counts.text() == "Rows: 4. To import: 2. With problems: 1. Duplicates: 1."
    page.problems_only.setChecked(True)
    assert page.proxy.rowCount() == 2
    assert port.commits == []  # nothing written before the confirm step
    wizard.next()
    assert wizard.currentId() == PageId.CONFIRM
    assert (
        "Young persons to import: 2. Guardians on their rows: 1." in wizard.confirm_page.text.text()
    )
    assert port.commits == []
    with qtbot.waitSignal(wizard.imported) as imported:
        wizard.next()
    assert wizard.currentId() == PageId.SUMMARY
    assert len(port.commits) == 1
    summary = imported.args[0]
    assert summary.created["young_person"] == 2
    assert wizard.summary_page.text.text().startswith("Young persons imported: 2.")
    lines = wizard.summary_page.skipped.toPlainText().splitlines()
    assert lines[0].startswith("Line 3: Personnummer:")
    assert lines[1].startswith("Line 4: Personnummer: Det finns redan")
    assert wizard.state.table is None and wizard.state.preview is None  # dropped after commit


def test_a_file_that_cannot_be_read_keeps_the_page_incomplete(
    wizard: ImportWizard, tmp_path: Path
) -> None:
    bad = tmp_path / "gammal.xls"
    bad.write_bytes(b"\xd0\xcf")
    wizard.file_page.load(bad)
    assert ".xlsx" in wizard.file_page.status.text()
    assert not next_enabled(wizard)


def test_workbook_sheets_can_be_chosen(wizard: ImportWizard, tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    first = book.active
    assert first is not None
    first.title = "Tomt"
    first.append(["a", "b"])
    sheet = book.create_sheet("Elever")
    sheet.append(["Namn", "Personnummer"])
    sheet.append(["Anna Berg", PNR_A])
    path = tmp_path / "lista.xlsx"
    book.save(path)
    wizard.file_page.load(path)
    page = wizard.file_page
    assert page.sheet.isVisible()
    assert page.sheet.currentText() == "Tomt"
    page.sheet.setCurrentIndex(1)
    page.sheet.activated.emit(1)
    assert wizard.state.table is not None and wizard.state.table.sheet == "Elever"
    wizard.next()
    assert wizard.mapping_page.combos["name"].currentText() == "Column 1: Namn"
    assert wizard.mapping_page.current_mapping().sheet == "Elever"


def test_mapping_files_save_and_load(wizard: ImportWizard, listing: Path, tmp_path: Path) -> None:
    wizard.file_page.load(listing)
    wizard.next()
    page = wizard.mapping_page
    custody = page.combos["guardian1_custody"]
    custody.setCurrentIndex(custody.findData(fixed_value_data("sole")))
    saved = tmp_path / "mappning.json"
    page.save_mapping_file(str(saved))
    document = json.loads(saved.read_text("utf-8"))
    assert document["columns"]["first_name"] == "Förnamn"  # titles, not numbers
    assert document["defaults"] == {"guardian1_custody": "sole"}
    for combo in page.combos.values():
        combo.setCurrentIndex(0)
    assert not page.isComplete()
    document["columns"]["school"] = "Skola"  # not in this list
    saved.write_text(json.dumps(document), encoding="utf-8")
    page.load_mapping_file(str(saved))
    assert page.isComplete()
    assert page.combos["first_name"].currentText() == "Column 1: Förnamn"
    assert custody.currentData() == fixed_value_data("sole")
    assert "School" in page.problems.text()


def test_failed_commit_stays_on_the_confirm_step(
    wizard: ImportWizard, port: FakeImport, listing: Path, qtbot: QtBot
) -> None:
    port.fail_commit = True
    wizard.file_page.load(listing)
    wizard.next()
    wizard.next()
    wizard.next()
    wizard.next()
    assert wizard.currentId() == PageId.CONFIRM
    boxes = [w for w in wizard.confirm_page.findChildren(QMessageBox) if w.isVisible()]
    assert boxes and boxes[0].text() == "Could not save."
    boxes[0].close()


def test_closing_forgets_the_list(wizard: ImportWizard, listing: Path) -> None:
    wizard.file_page.load(listing)
    wizard.next()
    wizard.next()
    assert wizard.preview_page.model.rowCount() == 4
    wizard.done(0)  # what the lock does to every dialog
    assert wizard.state.table is None
    assert wizard.preview_page.model.rowCount() == 0


def test_swedish_texts(qtbot: QtBot, port: FakeImport, listing: Path) -> None:
    install_translator("sv")
    wizard = ImportWizard(port, runner=TaskRunner(synchronous=True))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.load(listing)
    wizard.next()
    assert wizard.windowTitle() == "Importera lista"
    assert wizard.mapping_page.combos["first_name"].currentText() == "Kolumn 1: Förnamn"
    assert wizard.mapping_page.title() == "Koppla kolumnerna"


def test_main_window_file_menu_opens_the_wizard(qtbot: QtBot, tmp_path: Path) -> None:
    from sspf_desk.ui.main_window import MainWindow
    from tests.ui.fakes import FakeWorkspace

    workspace = FakeWorkspace(tmp_path / "valv.sspf")
    workspace.list_import = FakeImport()  # type: ignore[attr-defined]
    window = MainWindow(workspace)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    actions = [a for a in window.menuBar().actions()[0].menu().actions() if a.text()]
    assert "&Import list…" in [a.text() for a in actions]
    wizard = window.import_list()
    assert wizard.isVisible()
    assert wizard.isModal() or wizard.windowModality() != Qt.WindowModality.NonModal
    wizard.reject()


def test_concern_lists(wizard: ImportWizard, port: FakeImport, tmp_path: Path) -> None:
    path = tmp_path / "oro.csv"
    path.write_text(
        "Datum;Sektor;Område;Iakttagelse\n"
        "2025-03-02;polis;Centrum;Grupp vid torget\n"
        "2025-03-03;bibliotek;Norr;Text\n",
        encoding="utf-8",
    )
    page = wizard.file_page
    page.target.setCurrentIndex(page.target.findData(ImportTarget.CONCERN))
    page.load(path)
    wizard.next()
    combos = wizard.mapping_page.combos
    assert "source_sector" in combos and "first_name" not in combos
    sector = combos["source_sector"]
    assert sector.itemText(sector.count() - 1) == "Always: Other"
    wizard.next()
    assert wizard.preview_page.counts.text().startswith("Rows: 2. To import: 1.")
    wizard.next()
    assert wizard.confirm_page.text.text().startswith("Concerns to import: 1.")
    wizard.next()
    assert wizard.summary_page.text.text() == "Concerns imported: 1. Rows skipped: 1."
