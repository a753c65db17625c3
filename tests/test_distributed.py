"""An archive audit on a Dask LocalCluster gives what a local run gives."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from factcheck.cli import main
from factcheck.engine import Report
from factcheck.parallel import audit_file
from parallel_helpers import project

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    # Worker processes, so that tasks and outcomes really travel pickled.
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as local:
        yield local


def test_archive_audit_equals_the_local_run(tmp_path: Path, cluster: Any) -> None:
    from factcheck.distributed import audit_archive, run_on_dask

    files = sorted(project(tmp_path, 9).glob("*.claims.yaml"))
    local = [audit_file(f) for f in files]
    with distributed.Client(cluster) as client:
        # Small chunks and a narrow window: results must still come back in order.
        assert list(run_on_dask(audit_file, files, client, chunk=2)) == local
        report, errors = audit_archive(files, client)
    assert report == Report(tuple(d for o in local for d in o.documents))
    assert errors == tuple(line for o in local for line in o.errors)


def test_cli_with_a_scheduler_address(tmp_path: Path, cluster: Any) -> None:
    # Absolute paths, as the docs advise for a real cluster.
    files = [str(f) for f in sorted(project(tmp_path, 4).glob("*.claims.yaml"))]
    args = ["audit", *files, "--format", "json"]
    here = CliRunner().invoke(main, [*args, "--jobs", "1"])
    on_dask = CliRunner().invoke(main, [*args, "--dask-scheduler", cluster.scheduler_address])
    assert on_dask.exit_code == here.exit_code == 2
    assert (on_dask.stdout, on_dask.stderr) == (here.stdout, here.stderr)


def test_an_unreachable_scheduler_is_one_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from factcheck import distributed as fc_distributed
    from factcheck.errors import FactcheckError

    monkeypatch.setattr(fc_distributed, "CONNECT_TIMEOUT", "0.5s")
    with pytest.raises(FactcheckError, match="cannot reach the Dask scheduler"):
        list(fc_distributed.run_on_dask(audit_file, [Path("x.claims.yaml")], "tcp://127.0.0.1:9"))
