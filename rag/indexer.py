"""The vector index built by a process of its own, from what the store has committed (issue 16).

Why: chroma's HNSW insert is ~5 ms of CPU a report and grows with the graph; done in the one writer
it held every report's commit back, and chroma's graph lived in the writer's memory. Now `xxgk
ingest` commits cells, records and BM25 at the writer's rate and starts this indexer beside it
(`python -m rag.indexer DATA --follow PID`): it embeds (or takes the workers' vectors kept in
`vectors-pending.sqlite`) and inserts what the writer committed, a batch at a time, until the
writer has said it is done (its flag file is gone, or the writer died), then catches up once more.

Meanwhile nothing false is said: a report not yet embedded is found by BM25 only (the dense side
lacks its chunks), and `xxgk list` / `/api/health` show how many reports wait (`Store.unindexed_count`).
`xxgk index` catches up by hand (after `ingest --index-later`, or a killed indexer). Writers of the
vector index take `index.lock` (`Index.sync`), so two indexers never insert at once."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

POLL_SECONDS = 0.5  # how long the indexer waits for the writer's next commit when it has caught up
FLAG_PREFIX = "writing-"  # DATA/writing-PID: that ingest still commits reports


@contextlib.contextmanager
def writing(data_dir: Path) -> Iterator[Path]:
    """The flag an ingest holds while it commits: its indexer follows it until it is gone."""
    flag = data_dir / f"{FLAG_PREFIX}{os.getpid()}"
    flag.touch()
    try:
        yield flag
    finally:
        with contextlib.suppress(FileNotFoundError):
            flag.unlink()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive
        return True
    return True


def follower(data_dir: Path, pid: int) -> Callable[[], bool]:
    """True while the ingest `pid` is committing: its flag file is there and it is alive (a writer
    killed with -9 leaves its flag; the indexer then catches up with what was committed and stops)."""
    flag = data_dir / f"{FLAG_PREFIX}{pid}"
    return lambda: flag.exists() and _alive(pid)


def anyone_writing(data_dir: Path) -> bool:
    """Some ingest (this indexer's or another) is committing into this data directory now: the
    workers' vectors file is theirs too, so it is not removed under them."""
    for flag in data_dir.glob(f"{FLAG_PREFIX}*"):
        pid = flag.name.removeprefix(FLAG_PREFIX)
        if pid.isdigit() and _alive(int(pid)):
            return True
    return False


def indexing(data_dir: Path) -> bool:
    """Vectors are being added now: an ingest commits (its indexer follows it) or an indexer holds
    `index.lock`. Asked without waiting: a lock this process can take at once it releases at once."""
    if anyone_writing(data_dir):
        return True
    import fcntl

    try:
        with open(data_dir / "index.lock", "a") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    except OSError:  # a data directory this process may not write: nobody indexes it from here
        return False
    return False


def catch_up(store, still_writing: Callable[[], bool] | None = None, poll: float = POLL_SECONDS) -> int:
    """Bring the vector index in line with the store; with `still_writing`, keep doing so while it
    says the writer commits more, and once more after. Returns the reports added."""
    from .index import Index

    index = Index(store)
    if index.notice:
        print(f"xxgk: {index.notice}", file=sys.stderr, flush=True)
    done = 0
    while True:
        writing_now = still_writing is not None and still_writing()
        # the workers' kept vectors stay while a writer may add to their file
        done += index.sync(drop_pending=not writing_now and not anyone_writing(store.dir))
        if not writing_now:
            return done
        time.sleep(poll)


def spawn(data_dir: Path, follow: bool, log: Path | None = None):
    """Start the indexer for `data_dir` (following this process's commits when `follow`; else it
    catches up with what is committed, e.g. after `ingest --index-later`, and exits). Its output
    (the count on stdout, notices on stderr) goes to `log` when given (a detached indexer, going on
    after this process exits); otherwise stderr is this process's and the count `finish` reads."""
    import subprocess

    cmd = [sys.executable, "-m", "rag.indexer", str(data_dir)] + (["--follow", str(os.getpid())] if follow else [])
    if log is not None:
        with open(log, "ab") as out:
            return subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=out, stderr=out, start_new_session=True)
    # the count goes to a file, not a pipe: forked extraction children would hold a pipe's end open
    with open(data_dir / f"indexer-{os.getpid()}.out", "wb") as out:
        return subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=out)


def finish(proc, data_dir: Path) -> int | None:
    """Wait for an indexer `spawn` started without a log: the reports it added, or None when it
    failed (`failure` says why: a traceback on stderr, or nothing at all when it was killed)."""
    code = proc.wait()
    out = data_dir / f"indexer-{os.getpid()}.out"
    try:
        text = out.read_text().strip()
    finally:
        out.unlink(missing_ok=True)
    return int(text) if code == 0 and text.isdigit() else None


def failure(proc) -> str:
    """Why a finished indexer added nothing, in the user's words: a process killed by a signal
    (`kill -9`, the OOM killer) printed nothing, so "see above" would point at nothing."""
    code = proc.returncode
    if code is not None and code < 0:
        return f"索引进程被信号 {-code} 终止"
    return "原因见上"


def main(argv: list[str] | None = None) -> int:
    from .store import Store, unwritable

    ap = argparse.ArgumentParser(prog="python -m rag.indexer")
    ap.add_argument("data_dir", type=Path)
    ap.add_argument("--follow", type=int, metavar="PID", help="keep indexing while this ingest commits")
    args = ap.parse_args(argv)
    store = Store(args.data_dir)
    follow = follower(store.dir, args.follow) if args.follow else None
    try:
        print(catch_up(store, follow), flush=True)
    except KeyboardInterrupt:  # Ctrl-C at the ingest reaches its indexer too: what is not marked is redone
        return 130
    except Exception as exc:
        why = unwritable(exc)
        if why is None:
            raise  # a bug of ours: its traceback is what the ingest's 「原因见上」 points at
        print(f"xxgk: 向量索引无法写入：{store.dir}（{why}）", file=sys.stderr, flush=True)
        return 1
    finally:
        if args.follow and not _alive(args.follow):
            _orphans(store.dir, args.follow)
    return 0


def _orphans(data_dir: Path, pid: int) -> None:
    """The files of a writer killed with -9 (its flag, the file it would have read this indexer's
    count from): nobody removes them else, and a later process given the same pid would pass for a
    writer still at work (`anyone_writing`: the workers' vectors file would never be dropped)."""
    for name in (f"{FLAG_PREFIX}{pid}", f"indexer-{pid}.out"):
        (data_dir / name).unlink(missing_ok=True)


if __name__ == "__main__":
    sys.exit(main())
