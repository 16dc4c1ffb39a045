"""What an indexer leaves when its writer or itself is killed (review1 of issue 16, rag/indexer.py):
a writer killed with -9 leaves its flag and count file, which its indexer removes when it stops;
an indexer killed by a signal printed nothing, so the ingest says it was killed, not "see above"."""

from __future__ import annotations

import signal
import subprocess
import sys


def _dead_pid() -> int:
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    return dead.pid


def test_the_indexer_of_a_killed_writer_removes_its_flag_and_count_file(tmp_path):
    """`python -m rag.indexer DATA --follow PID` of a writer gone without cleaning up: the indexer
    catches up and removes `writing-PID` and `indexer-PID.out`, which no one else would — a later
    process reusing the pid would pass for a writer at work and keep the workers' vectors file."""
    from rag.indexer import anyone_writing, main
    from rag.store import Store

    Store(tmp_path)
    pid = _dead_pid()
    flag, out = tmp_path / f"writing-{pid}", tmp_path / f"indexer-{pid}.out"
    flag.touch()
    out.write_text("")
    assert main([str(tmp_path), "--follow", str(pid)]) == 0
    assert not flag.exists() and not out.exists() and not anyone_writing(tmp_path)


def test_an_indexer_killed_by_a_signal_is_said_killed(tmp_path):
    """A real indexer killed with -9 adds nothing and prints nothing: the reason given is the signal."""
    from rag import indexer
    from rag.store import Store

    Store(tmp_path)
    proc = indexer.spawn(tmp_path, follow=False)
    proc.send_signal(signal.SIGKILL)
    assert indexer.finish(proc, tmp_path) is None
    assert indexer.failure(proc) == "索引进程被信号 9 终止"
    assert not list(tmp_path.glob("indexer-*.out"))
