"""A process's own memory, as the startup rows report it (imported by their child processes).

`ru_maxrss` counts every page the process ever touched, shared ones included: a bare Qt window
reads about 500 MB on a machine with fonts-noto-cjk installed, because fontconfig maps the whole
CJK font collection, pages other processes share. What the station really costs the laptop is its
private memory: USS (Private_Clean + Private_Dirty) and PSS (shared pages divided among their
users), from /proc/self/smaps_rollup on Linux. Elsewhere the nearest honest figure stands in for
both: Windows' private bytes, or the peak resident size on macOS.
"""

from __future__ import annotations

import sys
from pathlib import Path

SMAPS = Path("/proc/self/smaps_rollup")


def own_memory_mb() -> tuple[float, float, str]:
    """(USS, PSS, how measured) of this process now, in MB (MiB)."""
    try:
        return (*_smaps_mb(SMAPS.read_text()), "smaps_rollup")
    except OSError:
        pass
    if sys.platform == "win32":
        private = _windows_private_bytes() / 2**20
        return private, private, "private bytes"
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    mb = peak / 2**20 if sys.platform == "darwin" else peak / 2**10  # bytes there, KiB here
    return mb, mb, "peak RSS"


def _smaps_mb(text: str) -> tuple[float, float]:
    """USS and PSS in MB from the text of an smaps_rollup file (values in kB)."""
    kb: dict[str, int] = {}
    for line in text.splitlines():
        key, _, rest = line.partition(":")
        parts = rest.split()
        if len(parts) == 2 and parts[1] == "kB":
            kb[key.strip()] = int(parts[0])
    uss = kb["Private_Clean"] + kb["Private_Dirty"]
    return uss / 1024, kb["Pss"] / 1024


def _windows_private_bytes() -> int:
    import ctypes
    from ctypes import wintypes

    class Counters(ctypes.Structure):
        _fields_ = [
            ("cb", wintypes.DWORD),
            ("PageFaultCount", wintypes.DWORD),
            *((name, ctypes.c_size_t) for name in (
                "PeakWorkingSetSize", "WorkingSetSize", "QuotaPeakPagedPoolUsage",
                "QuotaPagedPoolUsage", "QuotaPeakNonPagedPoolUsage", "QuotaNonPagedPoolUsage",
                "PagefileUsage", "PeakPagefileUsage", "PrivateUsage",
            )),
        ]  # fmt: skip

    counters = Counters()
    counters.cb = ctypes.sizeof(counters)
    windll = ctypes.windll  # type: ignore[attr-defined]
    process = windll.kernel32.GetCurrentProcess()
    if not windll.psapi.GetProcessMemoryInfo(process, ctypes.byref(counters), counters.cb):
        raise OSError("GetProcessMemoryInfo failed")
    return int(counters.PrivateUsage)
