"""The command as its own process: signals, closed and full output streams, locales,
and work that must stay bounded in memory."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from .conftest import refused, succeeded


def _started(desk, *args: str) -> subprocess.Popen:
    # As from a terminal: a test run started in the background (`make test &`) ignores
    # SIGINT, and a child would inherit that and never see the Ctrl-C it is sent.
    return subprocess.Popen([sys.executable, "-m", "briefing.cli", *args], cwd=desk.root,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))


def _long_article(desk) -> str:
    paragraphs = []
    for i in range(700):
        paragraphs.append(f"Council member number {i} said on Tuesday that the harbour plan "
                          f"would need {i + 3} more months of work before the vote. The "
                          f"committee agreed to meet again in week {i % 50 + 1} to hear "
                          "from residents who live near the water.")
    desk.write("long.txt", "Harbour plan debated at length\n\n" + "\n\n".join(paragraphs))
    return "long.txt"


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT])
def test_a_signal_mid_render_leaves_nothing(desk, signum):
    article = _long_article(desk)
    desk.write("out.mp3", b"yesterday's briefing")
    before = desk.snapshot()
    proc = _started(desk, "make", article, "-d", "600", "-o", "out.mp3")
    time.sleep(2.5)  # the interpreter and the engine are loaded; the render is under way
    proc.send_signal(signum)
    _out, err = proc.communicate(timeout=60)
    assert proc.returncode in (128 + signum, 130), err
    lines = err.decode().strip().splitlines()
    assert len(lines) == 1 and "interrupted; no output was written" in lines[0], err
    assert desk.snapshot() == before


def test_make_with_stdout_closed_still_writes_whole_files(desk):
    result = subprocess.run(
        [sys.executable, "-c", "import os, sys; os.close(1); from briefing.cli import main; "
         "sys.argv = ['briefing', 'make', 'story.txt', '-d', '8', '-o', 'c.mp3']; main()"],
        cwd=desk.root, capture_output=False, stderr=subprocess.PIPE, timeout=120)
    assert result.returncode == 0, result.stderr
    assert b"Traceback" not in result.stderr
    assert json.loads(desk.path("c.json").read_text(encoding="utf-8"))["segments"]


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_make_with_stdout_on_a_full_device(desk):
    with open("/dev/full", "w") as full:
        result = subprocess.run([sys.executable, "-m", "briefing.cli", "make", "story.txt",
                                 "-d", "8", "-o", "f.mp3"], cwd=desk.root, stdout=full,
                                stderr=subprocess.PIPE, timeout=120)
    err = result.stderr.decode()
    assert result.returncode == 0 and "Traceback" not in err, err
    assert "could not print" in err and "the files were written" in err
    assert desk.path("f.mp3").stat().st_size > 0


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_preview_on_a_full_device_fails_cleanly(desk):
    with desk.unchanged(), open("/dev/full", "w") as full:
        result = subprocess.run([sys.executable, "-m", "briefing.cli", "preview", "story.txt"],
                                cwd=desk.root, stdout=full, stderr=subprocess.PIPE,
                                timeout=120)
    err = result.stderr.decode()
    assert result.returncode == 1 and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1 and "could not print" in err


def test_preview_into_a_pipe_closed_early(desk):
    result = subprocess.run(f"{sys.executable} -m briefing.cli preview story.txt --json | "
                            "head -c 10 > /dev/null", shell=True, cwd=desk.root,
                            stderr=subprocess.PIPE, timeout=120)
    assert b"Traceback" not in result.stderr and b"Broken pipe" not in result.stderr


@pytest.mark.parametrize("encoding", ["latin-1", "ascii"])
def test_preview_in_a_narrow_locale(desk, encoding):
    desk.write("curly.txt", desk.path("story.txt").read_text(encoding="utf-8")
               + "\nThe mayor said: “We are ready — and proud,” at the Café Noël.\n")
    out = desk.process("preview", "curly.txt", env={"PYTHONIOENCODING": encoding,
                                                    "LC_ALL": "C"})
    succeeded(out)
    assert "total" in out.stdout


def test_a_huge_template_loop_stays_within_memory(desk):
    desk.write("scripts/t.j2", '{% set ns = namespace(s="abcd") %}{% for i in range(60) %}'
                               '{% set ns.s = ns.s ~ ns.s %}{% endfor %}'
                               '{% segment "a" %}{{ story.lead() }}{% endsegment %}')
    with desk.unchanged():
        refused(desk.process("preview", "story.txt", "-t", "scripts/t.j2"), "memory")


def test_the_longest_target_stays_within_memory(desk):
    """-d 1800 on a long article, under a 3 GB address-space cap."""
    _long_article(desk)
    out = desk.process("make", "long.txt", "-d", "1800", "-o", "long.mp3", timeout=900)
    succeeded(out)
    sidecar = json.loads(desk.path("long.json").read_text(encoding="utf-8"))
    assert abs(sidecar["duration_seconds"] - 1800) <= 0.5


def test_ctrl_c_at_any_moment_of_a_run_is_one_line_and_130(desk):
    """A Ctrl-C once the command is up, while a module is still loading (an ImportError
    from inside an extension) or after an extension's own code has seen it: one line and
    130, never a traceback or a process killed by the signal. (Before the command's own
    module has loaded, Python's default applies.)"""
    article = _long_article(desk)
    before = desk.snapshot()
    started = time.monotonic()
    subprocess.run([sys.executable, "-c", "import briefing.cli"], check=True, timeout=60)
    up = time.monotonic() - started + 0.2  # the interpreter and the command's module
    for extra in (0.0, 0.3, 0.6, 0.9, 1.2, 1.5, 1.8, 2.1):
        proc = _started(desk, "make", article, "-d", "600", "-o", "out.mp3")
        time.sleep(up + extra)
        proc.send_signal(signal.SIGINT)
        _out, err = proc.communicate(timeout=60)
        assert proc.returncode == 130, (up + extra, proc.returncode, err)
        assert err.decode().strip() == "briefing: error: interrupted; no output was written"
    assert desk.snapshot() == before
