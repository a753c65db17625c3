"""The progress bar: on stderr, only when stderr is a terminal; stdout stays byte-clean."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")


def _articles(folder: Path, n: int = 25) -> Path:
    for i in range(n):
        (folder / f"a{i:02}.md").write_text(
            f"Sales rose from 40 to 50, a {20 + i % 3}% increase.\n", encoding="utf-8"
        )
    return folder


def _run(args: list[str], *, stdout: int, stderr: int) -> int:
    env = {**os.environ, "COLUMNS": "80", "TERM": "xterm"}
    env.pop("NO_COLOR", None)
    proc = subprocess.run(
        [sys.executable, "-m", "factcheck", *args],
        stdout=stdout,
        stderr=stderr,
        stdin=subprocess.DEVNULL,
        env=env,
        timeout=120,
        check=False,
    )
    return proc.returncode


def _read_all(fd: int) -> bytes:
    chunks = []
    while True:
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # the other end is closed
            break
        if not chunk:
            break
        chunks.append(chunk)
    return b"".join(chunks)


@pytest.mark.parametrize("fmt", ["json", "jsonl", "text"])
def test_bar_on_a_terminal_stderr_and_stdout_byte_clean(tmp_path: Path, fmt: str) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    _articles(folder)
    args = ["scan", str(folder), "--format", fmt, "-j", "1"]
    plain_out = tmp_path / "plain.out"
    with plain_out.open("wb") as out:
        _run(args, stdout=out.fileno(), stderr=subprocess.DEVNULL)
    tty_out = tmp_path / "tty.out"
    leader, follower = pty.openpty()
    try:
        with tty_out.open("wb") as out:
            _run(args, stdout=out.fileno(), stderr=follower)
        os.close(follower)
        follower = -1
        shown = _read_all(leader)
    finally:
        os.close(leader)
        if follower != -1:
            os.close(follower)
    # The report is the same bytes whether or not a person watches stderr.
    assert tty_out.read_bytes() == plain_out.read_bytes()
    assert not tty_out.read_bytes().startswith(b"\n")
    assert b"\x1b" not in tty_out.read_bytes()
    assert b"scanning" in shown  # the bar went to the terminal on stderr


def test_no_bar_when_stderr_is_not_a_terminal(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    _articles(folder)
    out, err = tmp_path / "out", tmp_path / "err"
    with out.open("wb") as stdout, err.open("wb") as stderr:
        _run(
            ["scan", str(folder), "--format", "json", "-j", "1"],
            stdout=stdout.fileno(),
            stderr=stderr.fileno(),
        )
    assert err.read_bytes() == b""
    assert out.read_bytes().startswith(b"{")
