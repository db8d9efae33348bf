"""Where an export may be written: a report to a file, the CSV files into a folder.

Checked before anything is written, for the command line and the window alike: a
name is needed, a folder is not a file (nor a file a folder), and nothing the person
already has is replaced unless they said so.
"""

from __future__ import annotations

from pathlib import Path

from coach.core.i18n import printable, translate
from coach.core.insights.export import csv_names


class TargetError(ValueError):
    """An export target refused, saying why; `existing` when only replacing was the matter
    (the person may say yes to that)."""

    def __init__(self, message: str, *, existing: tuple[Path, ...] = ()) -> None:
        super().__init__(message)
        self.existing = existing


def report_target(text: str, *, replace: bool) -> Path:
    """The file the PDF report goes to, named by `text`."""
    if not text.strip():
        raise TargetError(translate("export", "no file name was given for the report"))
    path = Path(text).expanduser()
    if path.is_dir():
        message = translate("export", "{path} is a folder: name a file in it, like {example}")
        raise TargetError(message.format(path=_shown(path), example=_shown(path / "report.pdf")))
    if _taken(path):
        if not path.is_file():
            message = translate("export", "{path} is not an ordinary file")
            raise TargetError(message.format(path=_shown(path)))
        if not replace:
            message = translate("export", "{path} already exists")
            raise TargetError(message.format(path=_shown(path)), existing=(path,))
    _folder_is_there(path.parent)
    return path


def csv_target(text: str, *, replace: bool) -> Path:
    """The folder the CSV files go into, named by `text` (made if only it is missing)."""
    if not text.strip():
        raise TargetError(translate("export", "no folder was given for the CSV files"))
    folder = Path(text).expanduser()
    if _taken(folder):
        if not folder.is_dir():
            message = translate(
                "export", "{path} is not a folder: the CSV files go into a folder, one per table"
            )
            raise TargetError(message.format(path=_shown(folder)))
    else:
        _folder_is_there(folder.parent)
    existing = tuple(folder / name for name in csv_names() if _taken(folder / name))
    if existing and not replace:
        message = translate("export", "{path} already holds {files}")
        files = ", ".join(path.name for path in existing)
        raise TargetError(message.format(path=_shown(folder), files=files), existing=existing)
    return folder


def _folder_is_there(folder: Path) -> None:
    if folder.is_dir():
        return
    if _taken(folder):
        message = translate("export", "{path} is not a folder")
    else:
        message = translate("export", "the folder {path} does not exist")
    raise TargetError(message.format(path=_shown(folder)))


def _taken(path: Path) -> bool:
    """Something is there, even a link to nothing (writing would follow it)."""
    return path.exists() or path.is_symlink()


def _shown(path: Path) -> str:
    """A path as a one-line message can hold it: control characters escaped."""
    return printable(str(path))
