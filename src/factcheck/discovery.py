"""Which files a command reads when it is given folders.

Every command searches folders the same way (:func:`find_files`): hidden
folders (``.git``, ``.venv``, ``.pytest_cache``...) and virtual environments
(any folder holding ``pyvenv.cfg``, and ``node_modules``, ``__pycache__``)
are passed over, and inside a git work tree the ``.gitignore`` files (and
``.git/info/exclude``) are honoured, read with `pathspec`'s implementation
of git's rules. ``--include``/``--exclude`` globs then match the path below
the folder given. A file named on the command line is always read.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.errors import DocumentError

if TYPE_CHECKING:
    import pathspec

__all__ = ["find_files", "skipped_folder"]

#: Folders never searched, whatever their name (hidden folders are skipped too).
SKIPPED_NAMES = frozenset({"node_modules", "__pycache__", "site-packages", "venv"})


def skipped_folder(folder: Path) -> bool:
    """Whether a folder met while searching is passed over (hidden, or an environment)."""
    name = folder.name
    return (
        name.startswith(".")
        or name in SKIPPED_NAMES
        or (folder / "pyvenv.cfg").is_file()
        or (folder / "conda-meta").is_dir()
    )


def _git_root(folder: Path) -> Path | None:
    for candidate in (folder, *folder.parents):
        if (candidate / ".git").exists():
            return candidate
    return None


def _ignore_file(path: Path) -> pathspec.GitIgnoreSpec | None:
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    # Imported here, not above: a run that meets no ignore file (a file named on
    # the command line, a folder outside git) does without it (docs/performance.md).
    import pathspec

    return pathspec.GitIgnoreSpec.from_lines(lines)


class _GitIgnore:
    """The ``.gitignore`` rules in force in a git work tree, nested files included."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._read: dict[Path, pathspec.GitIgnoreSpec | None] = {}
        self._base = self._spec(root / ".git" / "info" / "exclude")

    def _spec(self, path: Path) -> pathspec.GitIgnoreSpec | None:
        if path not in self._read:
            self._read[path] = _ignore_file(path) if path.is_file() else None
        return self._read[path]

    def _specs(self, folder: Path) -> list[tuple[Path, pathspec.GitIgnoreSpec]]:
        """Each ``.gitignore`` from the root down to ``folder``, with the folder it sits in."""
        specs = [] if self._base is None else [(self.root, self._base)]
        rel = folder.relative_to(self.root)
        for depth in range(len(rel.parts) + 1):
            here = self.root.joinpath(*rel.parts[:depth])
            spec = self._spec(here / ".gitignore")
            if spec is not None:
                specs.append((here, spec))
        return specs

    def ignored(self, path: Path, *, folder: bool) -> bool:
        """Whether git ignores ``path`` (the deepest ``.gitignore`` that says so wins)."""
        verdict = False
        for here, spec in self._specs(path.parent):
            rel = path.relative_to(here).as_posix() + ("/" if folder else "")
            result = spec.check_file(rel)
            if result.include is not None:
                verdict = result.include
        return verdict


def _walk(
    folder: Path, suffixes: Sequence[str], onerror: Callable[[OSError], None] | None
) -> list[Path]:
    resolved = folder.resolve()
    root = _git_root(resolved)
    git = None if root is None else _GitIgnore(root)
    found: list[Path] = []
    for here, dirs, files in os.walk(folder, onerror=onerror):
        base = Path(here)
        real = resolved / base.relative_to(folder)
        dirs[:] = sorted(
            d
            for d in dirs
            if not skipped_folder(base / d)
            and not (git is not None and git.ignored(real / d, folder=True))
        )
        for name in sorted(files):
            if not name.endswith(tuple(suffixes)):
                continue
            if git is not None and git.ignored(real / name, folder=False):
                continue
            if (base / name).is_file():
                found.append(base / name)
    return sorted(found)


def find_files(
    paths: Iterable[Path],
    suffixes: Sequence[str],
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    *,
    onerror: Callable[[OSError], None] | None = None,
) -> list[Path]:
    """Files named by ``paths``: files as given, folders searched for names ending in ``suffixes``.

    ``include``/``exclude`` are globs matched against the path below the
    folder searched. A path that does not exist is a :class:`DocumentError`;
    a folder that cannot be read is handed to ``onerror`` (the search goes on).
    """
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            for candidate in _walk(path, suffixes, onerror):
                rel = candidate.relative_to(path).as_posix()
                if include and not any(fnmatch.fnmatch(rel, g) for g in include):
                    continue
                if any(fnmatch.fnmatch(rel, g) for g in exclude):
                    continue
                found.append(candidate)
        elif path.exists() or path.is_symlink():
            found.append(path)  # named by the user: read (or refused) as it is
        else:
            raise DocumentError(f"{path}: no such file or folder", hint="check the path")
    return found
