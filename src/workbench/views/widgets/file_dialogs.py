"""File dialogs that never open the files they list.

Qt's own file dialog asks QMimeDatabase for each listed file's type, which, for a name it
cannot place by its extension (``store.db``, ``store.db-shm``), opens the file and reads its
first bytes. Closing that descriptor drops every POSIX lock this process holds on the file
(see workbench.sql.sqlite_hold): a dialog opened in the store's folder used to let a
command-line run delete the store's WAL under the window. These dialogs type and draw files
by their names alone. On Linux and the BSDs the GTK dialog would sniff in-process too, so
Qt's own dialog is used there with that icon provider; Windows and macOS keep their native
dialogs (Windows' locks are not dropped by a stray close; macOS reads file contents for
previews in separate processes).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QFileInfo, QMimeDatabase
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QStyle, QWidget

USE_QT_DIALOG = sys.platform not in ("win32", "darwin")


class NameOnlyIconProvider(QAbstractFileIconProvider):
    """Icons and type names from file names only: no file is opened to list it."""

    def __init__(self) -> None:
        super().__init__()
        self._mimes = QMimeDatabase()

    def icon(self, info: QAbstractFileIconProvider.IconType | QFileInfo) -> QIcon:
        style = QApplication.style()
        if not isinstance(info, QFileInfo):
            kind = info
            if kind in (QAbstractFileIconProvider.IconType.Folder,):
                return style.standardIcon(QStyle.StandardPixmap.SP_DirIcon)
            if kind in (QAbstractFileIconProvider.IconType.Drive,):
                return style.standardIcon(QStyle.StandardPixmap.SP_DriveHDIcon)
            return style.standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        if info.isDir():
            return style.standardIcon(QStyle.StandardPixmap.SP_DirIcon)
        mime = self._mimes.mimeTypeForFile(info, QMimeDatabase.MatchMode.MatchExtension)
        themed = QIcon.fromTheme(mime.iconName())
        if not themed.isNull():
            return themed
        return style.standardIcon(QStyle.StandardPixmap.SP_FileIcon)

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return "Folder"
        mime = self._mimes.mimeTypeForFile(info, QMimeDatabase.MatchMode.MatchExtension)
        return mime.comment() or mime.name()


def _dialog(parent: QWidget | None, caption: str, directory: str, filters: str
            ) -> QFileDialog:
    # Built without a folder, so that nothing is listed before the provider is in place.
    dialog = QFileDialog(parent, caption)
    if USE_QT_DIALOG:
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        provider = NameOnlyIconProvider()
        dialog.setIconProvider(provider)
        dialog._name_only_provider = provider  # type: ignore[attr-defined]  # kept alive
    if filters:
        dialog.setNameFilter(filters)
    if directory:
        info = QFileInfo(directory)
        if info.isDir():
            dialog.setDirectory(directory)
        else:
            dialog.setDirectory(info.absolutePath())
            dialog.selectFile(info.fileName())
    return dialog


def _run(dialog: QFileDialog) -> tuple[list[str], str]:
    if dialog.exec() != QFileDialog.DialogCode.Accepted:
        return [], ""
    return dialog.selectedFiles(), dialog.selectedNameFilter()


def open_file_name(parent: QWidget | None, caption: str = "", directory: str = "",
                   filters: str = "") -> tuple[str, str]:
    """As QFileDialog.getOpenFileName: (path or "", chosen filter)."""
    dialog = _dialog(parent, caption, directory, filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    files, chosen = _run(dialog)
    return (files[0] if files else ""), chosen


def open_file_names(parent: QWidget | None, caption: str = "", directory: str = "",
                    filters: str = "") -> tuple[list[str], str]:
    """As QFileDialog.getOpenFileNames."""
    dialog = _dialog(parent, caption, directory, filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    return _run(dialog)


def save_file_name(parent: QWidget | None, caption: str = "", directory: str = "",
                   filters: str = "", *, confirm_overwrite: bool = True) -> tuple[str, str]:
    """As QFileDialog.getSaveFileName: (path or "", chosen filter)."""
    dialog = _dialog(parent, caption, directory, filters)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    if not confirm_overwrite:
        dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, True)
    files, chosen = _run(dialog)
    return (files[0] if files else ""), chosen


def existing_directory(parent: QWidget | None, caption: str = "", directory: str = "") -> str:
    """As QFileDialog.getExistingDirectory."""
    dialog = _dialog(parent, caption, directory, "")
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    files, _ = _run(dialog)
    return files[0] if files else ""
