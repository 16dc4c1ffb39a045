"""Imported first by the fork server (`sandbox._PRELOAD`): it ignores SIGINT from here on.

A terminal's Ctrl-C goes to the whole process group, the fork server included. multiprocessing
ignores SIGINT there only once the preloaded modules are imported (the extractor: the service's first
~10 s, an ingest's first file); a Ctrl-C before that killed it with a KeyboardInterrupt traceback of its
own (and a panic of pydantic's core) under the parent's 「已中断」. The parent handles Ctrl-C; the
children the server forks ignore it too (`sandbox._child`)."""

import signal

signal.signal(signal.SIGINT, signal.SIG_IGN)
