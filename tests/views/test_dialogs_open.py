"""Every button and action that promises a dialog opens it, pressed the way Qt presses it.

Qt's ``triggered`` and ``clicked`` carry ``checked``; a slot with an optional first
parameter (``import_file(self, path=None)``) receives ``False`` and does nothing. Two
checks: the source never connects such a slot (static), and pressing every action and
button of every page and of the windows and dialogs they open reaches the dialog it
promises (at run time, through Qt's own signal emission).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton

from tests.views.dialog_crawler import Crawler, DialogRecorder, close_window, label
from workbench.services import qualifications as quals
from workbench.services.accounts import get_account
from workbench.services.context import Workbench
from workbench.services.templates import load_preset
from workbench.views.main_window import PAGE_ORDER, MainWindow

VIEWS = Path(__file__).parents[2] / "src" / "workbench" / "views"
BUTTON_SIGNALS = frozenset({"triggered", "clicked", "toggled"})


# -- the source: no slot takes Qt's `checked` for something else ---------------------------

class _SlotScan(ast.NodeVisitor):
    """Connections of triggered/clicked/toggled (and addAction) to slots that would take
    Qt's ``checked`` bool as their first argument without meaning to."""

    def __init__(self, path: Path, root: Path, classes: dict[str, list[ast.ClassDef]]) -> None:
        self.path, self.root, self.classes = path, root, classes
        self.cls: ast.ClassDef | None = None
        self.loop_values: dict[str, list[ast.expr]] = {}
        self.functions: dict[str, ast.FunctionDef] = {}
        self.found: list[str] = []

    def _method(self, cls: ast.ClassDef, name: str, depth: int = 0) -> ast.FunctionDef | None:
        for item in cls.body:
            if isinstance(item, ast.FunctionDef) and item.name == name:
                return item
        for base in cls.bases:
            base_name = base.id if isinstance(base, ast.Name) else getattr(base, "attr", "")
            for other in self.classes.get(base_name, []):
                if depth < 5 and (found := self._method(other, name, depth + 1)):
                    return found
        return None

    def _check(self, signal: str, slot: ast.expr, line: int) -> None:
        candidates = (self.loop_values.get(slot.id, [slot]) if isinstance(slot, ast.Name)
                      else [slot])
        for candidate in candidates:
            bound = 0
            if isinstance(candidate, ast.Call) and ast.unparse(candidate.func).endswith(
                    "partial"):
                # PySide passes nothing to a partial from triggered()/clicked() (they have
                # an overload without arguments), but toggled(bool) always passes its bool.
                if signal != "toggled" or not candidate.args:
                    continue
                bound, candidate = len(candidate.args) - 1, candidate.args[0]
            function: ast.FunctionDef | ast.Lambda | None = None
            if isinstance(candidate, ast.Lambda):
                function = candidate
            elif isinstance(candidate, ast.Attribute) and isinstance(candidate.value, ast.Name) \
                    and candidate.value.id == "self" and self.cls is not None:
                function = self._method(self.cls, candidate.attr)
            elif isinstance(candidate, ast.Name):
                function = self.functions.get(candidate.id)
            if function is None:
                continue  # a Qt method, a signal or a callable passed in: checked at run time
            parameters = [*function.args.posonlyargs, *function.args.args]
            if isinstance(function, ast.FunctionDef) and parameters and \
                    parameters[0].arg in ("self", "cls"):
                parameters = parameters[1:]
            parameters = parameters[bound:]
            if not parameters:
                continue
            first = parameters[0]
            annotation = ast.unparse(first.annotation) if first.annotation else ""
            # A bool, or a name saying it is ignored; item views' clicked gives an index.
            if annotation == "bool" or first.arg.startswith("_") or first.arg in (
                    "checked", "on", "shown", "index"):
                continue
            self.found.append(f"{self.path.relative_to(self.root)}:{line}: {signal} → "
                              f"{ast.unparse(candidate)} would get checked as {first.arg!r}")

    def visit_Module(self, node: ast.Module) -> None:
        self.functions = {n.name: n for n in node.body if isinstance(n, ast.FunctionDef)}
        self.generic_visit(node)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        outer, self.cls = self.cls, node
        self.generic_visit(node)
        self.cls = outer

    def visit_For(self, node: ast.For) -> None:
        if isinstance(node.target, ast.Tuple) and isinstance(node.iter, ast.Tuple | ast.List):
            for position, target in enumerate(node.target.elts):
                if isinstance(target, ast.Name):
                    self.loop_values[target.id] = [
                        row.elts[position] for row in node.iter.elts
                        if isinstance(row, ast.Tuple | ast.List) and len(row.elts) > position]
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        function = node.func
        if isinstance(function, ast.Attribute) and function.attr == "connect" and node.args \
                and isinstance(function.value, ast.Attribute) \
                and function.value.attr in BUTTON_SIGNALS:
            self._check(function.value.attr, node.args[0], node.lineno)
        if isinstance(function, ast.Attribute) and function.attr == "addAction":
            for argument in node.args[1:]:
                if isinstance(argument, ast.Lambda | ast.Attribute | ast.Name) or (
                        isinstance(argument, ast.Call)
                        and ast.unparse(argument.func).endswith("partial")):
                    self._check("triggered", argument, node.lineno)
        for keyword in node.keywords:
            if keyword.arg in BUTTON_SIGNALS:
                self._check(keyword.arg, keyword.value, node.lineno)
        self.generic_visit(node)


def slots_taking_checked(root: Path = VIEWS) -> list[str]:
    """Every connection under ``root`` whose slot would take ``checked`` as something else."""
    trees = {path: ast.parse(path.read_text("utf-8")) for path in sorted(root.rglob("*.py"))}
    classes: dict[str, list[ast.ClassDef]] = {}
    for tree in trees.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                classes.setdefault(node.name, []).append(node)
    found: list[str] = []
    for path, tree in trees.items():
        scan = _SlotScan(path, root, classes)
        scan.visit(tree)
        found += scan.found
    return found


def test_no_button_or_action_passes_checked_into_an_optional_parameter() -> None:
    assert slots_taking_checked() == []


def test_the_scan_finds_the_mistake_it_looks_for(tmp_path: Path) -> None:
    """The static check is not vacuous: the pattern that broke Import HTML is reported."""
    (tmp_path / "page.py").write_text(
        "class Page:\n"
        "    def build(self):\n"
        "        self.button.clicked.connect(self.import_file)\n"
        "        self.other.clicked.connect(lambda: self.import_file())\n"
        "        self.check.toggled.connect(self.set_shown)\n"
        "        for text, handler in (('Import', self.import_file), ('Show', self.show)):\n"
        "            self.menu.addAction(text, handler)\n"
        "    def import_file(self, path: str | None = None) -> None: ...\n"
        "    def set_shown(self, shown: bool) -> None: ...\n"
        "    def show(self) -> None: ...\n", "utf-8")
    found = slots_taking_checked(tmp_path)
    assert len(found) == 2
    assert all("import_file would get checked as 'path'" in line for line in found)


# -- at run time: every page, window and dialog ----------------------------------------------

def _skip(item: QAction | QAbstractButton) -> str:
    """Why a press is left out of the crawl ("" to press it)."""
    text = label(item)
    if text == "Quit":
        return "quits the application"
    if text == "Open to my workers":
        return "serves the worker site on every network interface"
    if text == "Try a demo project":
        return "publishes and works a 50-HIT demo (tests/views/test_main_window.py runs it)"
    return ""


@pytest.fixture
def crawl(qtbot, demo_wb: Workbench, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """The main window on the demo store (with a qualification type), and a crawler."""
    account = get_account(demo_wb)
    quals.create_type(demo_wb, account, quals.TypeSpec("Careful labeller",
                                                       "Labels photos carefully"))
    recorder = DialogRecorder(monkeypatch)
    window = MainWindow(demo_wb)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    review = window.pages["Review"]
    # The crawl presses faster than a person: the review's guards against a press meant
    # for the HIT before would swallow some presses (their own tests cover them).
    review.settle_s = review.debounce_s = 0.0
    # Idle: every background result delivered (the runner's count drops a moment before).
    crawler = Crawler(recorder, skip=_skip, idle=lambda: not window.runner._relay.callbacks
                      and not review.is_loading())
    yield window, crawler
    window.runner.shutdown()


def _file_dialog_reached(crawler: Crawler, text: str, where: str | None = None) -> bool:
    presses = crawler.find(text, where)
    assert presses, f"{text!r} was never pressed"
    return all(p.file_dialogs for p in presses)


def test_every_file_action_of_every_page_reaches_its_file_dialog(qtbot, crawl) -> None:  # type: ignore[no-untyped-def]
    window, crawler = crawl
    review = window.pages["Review"]
    for name in PAGE_ORDER:
        window.show_page(name)
        page = window.pages[name]
        if page is review:  # its buttons act on the HIT it shows, once loaded
            qtbot.waitUntil(lambda: review.current_assignment() is not None, timeout=20_000)
        qtbot.wait(50)
        crawler.crawl(page, name)
    crawler.crawl(window, "MainWindow")
    # A designer and a wizard of their own, opened as a person opens them.
    batches = window.pages["Batches"]
    batches.open_designer()
    designer = batches.windows[-1]
    crawler.crawl(designer, "TemplateDesigner")
    close_window(designer)
    batches.new_batch()
    wizard = batches.windows[-1]
    crawler.crawl(wizard, "PublishWizard")
    wizard.template_page.use(load_preset("sentiment"))
    wizard.next()
    crawler.crawl(wizard, "PublishWizard", again=True)
    close_window(wizard)

    missing = [f"{where}: {text}" for where, text in (
        ("TemplateDesigner", "Import HTML…"),
        ("TemplateDesigner", "Load input file…"),
        ("PublishWizard", "Import HTML file…"),
        ("PublishWizard", "Choose file…"),
        ("Qualifications", "Export CSV…"),
        ("Qualifications", "Import CSV…"),
        ("MainWindow", "Import MTurk results (CSV)…"),
        ("MainWindow", "Back up store…"),
        ("MainWindow", "Restore from a backup…"),
    ) if not _file_dialog_reached(crawler, text, where)]
    assert missing == []
    # Beyond the file actions: whatever says "…" opens something (a dialog, a window, a
    # menu, a question) when pressed.
    silent = sorted({f"{p.where}: {p.text}" for p in crawler.presses
                     if p.text.endswith("…") and not p.opened})
    assert silent == []
    assert len(crawler.presses) > 100  # the crawl really pressed the window's controls


def test_the_designers_import_shortcut_opens_the_file_dialog(qtbot, wb, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+Shift+O pressed in the designer, as a key press, asks for the file."""
    from workbench.models.tasks import TaskRunner
    from workbench.views.designer.designer import TemplateDesigner

    recorder = DialogRecorder(monkeypatch)
    runner = TaskRunner()
    designer = TemplateDesigner(wb, runner)
    qtbot.addWidget(designer)
    with qtbot.waitActive(designer):
        designer.show()
        designer.activateWindow()
    designer.field_list.setFocus()
    qtbot.keyClick(designer.field_list, Qt.Key.Key_O,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert [o.kind for o in recorder.take()] == ["file"]
    runner.shutdown()
