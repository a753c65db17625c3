"""Reading and writing files safely: one place for what every command needs.

- :func:`project_root` and :func:`inside` decide what a run may read: the
  project is the nearest folder at or above a starting point that holds
  ``.git`` or ``pyproject.toml``. ``audit`` (a claims file's ``document``),
  ``scan`` (the files found in a folder) and the pytest plugin all ask the
  same question, so a link or a ``..`` cannot reach a file one of them refuses.
- :func:`read_bounded` reads regular files only, after checking their size:
  ``/dev/zero``, a FIFO or a terminal would otherwise hang or fill memory.
- :func:`write_atomic` writes a whole file or nothing: the text goes to a
  temporary file in the same folder, which is renamed over the target only
  when every byte is written, so a full disk or an interrupted run leaves the
  previous file as it was.
- :func:`printable` and :func:`display_path` show text that reaches a person
  (a terminal, a Markdown comment, a log) without the control characters
  that could rewrite the screen, and file names that are not valid UTF-8.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterable
from pathlib import Path

__all__ = [
    "LINE_BREAK",
    "NotRegularFileError",
    "TooLargeError",
    "display_path",
    "inside",
    "one_line",
    "printable",
    "project_root",
    "read_bounded",
    "same_file",
    "write_atomic",
]


def project_root(start: Path) -> Path:
    """The nearest folder at or above ``start`` (resolved) holding ``.git`` or ``pyproject.toml``.

    Without one, ``start`` itself: then nothing above it is inside.
    """
    start = start.resolve()
    for folder in (start, *start.parents):
        if (folder / ".git").exists() or (folder / "pyproject.toml").exists():
            return folder
    return start


def inside(path: Path, root: Path) -> bool:
    """Whether ``path``, with every link and ``..`` followed, lies in ``root``."""
    try:
        return path.resolve().is_relative_to(root.resolve())
    except (OSError, RuntimeError):  # a link loop, or a path the system refuses
        return False


def same_file(a: Path, b: Path) -> bool:
    """Whether ``a`` and ``b`` name one existing file (through links, ``..`` or hard links)."""
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        return False


class NotRegularFileError(OSError):
    """A path that is not a regular file (a device, FIFO, socket or folder)."""


class TooLargeError(OSError):
    """A file larger than the limit the caller set."""

    def __init__(self, size: int | None, limit: int) -> None:
        over = "more than" if size is None else f"{size:,}"
        super().__init__(f"{over} bytes, over the limit of {limit:,}")
        self.size = size  #: ``None`` when reading stopped at the limit
        self.limit = limit


def read_bounded(path: Path, limit: int) -> bytes:
    """The bytes of the regular file ``path``, at most ``limit`` of them.

    Raises :class:`NotRegularFileError` for anything but a regular file (a
    folder included), :class:`TooLargeError` when the file is larger than
    ``limit``, and ``OSError`` as reading does. The file is opened without
    blocking, so a FIFO with no writer is refused at once rather than waited
    on; its size is taken from the open file, and no more than ``limit`` + 1
    bytes are read, so a file that grows meanwhile cannot overrun it either.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(21, "Is a directory", str(path))
        if not stat.S_ISREG(info.st_mode):
            raise NotRegularFileError(f"{path} is not a regular file")
        if info.st_size > limit:
            raise TooLargeError(info.st_size, limit)
        # The size first (one read, and one more to see the end), then in
        # blocks: a file that grows meanwhile, or one that says it is empty
        # (as /proc files do), still stops at the limit.
        pieces = []
        total = 0
        want = info.st_size + 1 if info.st_size else 65_536
        while total <= limit:
            piece = os.read(fd, min(want, limit + 1 - total))
            if not piece:
                break
            pieces.append(piece)
            total += len(piece)
            want = 65_536
    finally:
        os.close(fd)
    if total > limit:
        raise TooLargeError(None, limit)
    return pieces[0] if len(pieces) == 1 else b"".join(pieces)


def write_atomic(path: Path, chunks: Iterable[str]) -> None:
    """Write ``chunks`` as UTF-8 to ``path``, all of them or nothing.

    They go to a hidden temporary file beside ``path`` that replaces it only
    once everything is written and flushed; on any failure or interruption
    (``KeyboardInterrupt`` included) the temporary file is removed and
    ``path`` keeps its previous content. A new file gets the permissions a
    plain ``open`` would give it; an existing one keeps its own.
    """
    import tempfile

    folder = path.parent
    handle_fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    temp = Path(temp_name)
    try:
        with os.fdopen(handle_fd, "w", encoding="utf-8") as handle:
            handle.writelines(chunks)
            handle.flush()
            os.fsync(handle.fileno())
        try:
            mode = stat.S_IMODE(os.stat(path).st_mode)
        except OSError:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(temp, mode)
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


# C0 controls but tab and line feed, DEL, the C1 controls, lone surrogates
# (a file name that is not UTF-8 decodes to U+DC80–U+DCFF) and the two
# non-characters U+FFFE/U+FFFF: none of them is text a person should get raw.
_UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_NAME_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]")
# Carriage returns, vertical tabs and the Unicode line separators count as
# line breaks for this purpose and are left to the caller (see line_breaks).
_KEEP = "\r\x0b\x0c\x1c\x1d\x1e\x85"


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8, as surrogateescape keeps it
        return f"\\x{code - 0xDC00:02x}"
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}"


#: Every line break a viewer may honour: CRLF, LF, CR, VT, FF, the file,
#: group and record separators, NEL and the Unicode line and paragraph separators.
LINE_BREAK = re.compile("\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


def one_line(text: str, sep: str = " ") -> str:
    """``text`` with every line break (:data:`LINE_BREAK`, CRLF as one) made ``sep``.

    >>> one_line("a\\r\\nb\\rc\\u2028d", "<br>")
    'a<br>b<br>c<br>d'
    """
    return LINE_BREAK.sub(sep, text)


def printable(text: str, *, keep_breaks: bool = False) -> str:
    """``text`` with every control character shown escaped (ESC as ``\\x1b``).

    Tabs and line feeds stay; with ``keep_breaks`` so do the other line
    breaks (``\\r``, ``\\v``, ``\\f``, U+0085), for a caller that treats
    them all as line breaks itself. A byte of a file name that was not UTF-8
    shows as ``\\xe9``. Text without such characters is returned as it is.

    >>> printable("\\x1b]0;pwned\\x07 28%")
    '\\\\x1b]0;pwned\\\\x07 28%'
    >>> printable("caf\\udce9.md")
    'caf\\\\xe9.md'
    """
    if not _UNPRINTABLE.search(text):
        return text
    if keep_breaks:
        return _UNPRINTABLE.sub(lambda m: m.group() if m.group() in _KEEP else _escape(m), text)
    return _UNPRINTABLE.sub(_escape, text)


def display_path(path: str | os.PathLike[str]) -> str:
    """A file name as reports show it: control characters and bytes that are not UTF-8 escaped.

    >>> display_path(Path("caf\\udce9.md"))
    'caf\\\\xe9.md'
    """
    name = os.fspath(path)
    # A line break or tab in a name would split a report's line or table row.
    return _NAME_UNPRINTABLE.sub(_escape, name) if _NAME_UNPRINTABLE.search(name) else name
