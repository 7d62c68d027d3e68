"""Comparing a retrained model file with the shipped one: every key, string and integer
equal, every float equal to within a relative 1e-6. Another machine's BLAS, or another
build of numpy or SciPy, changes a float's last digits (seen on a machine of the same
kind), never what the model is."""

from __future__ import annotations

import math
from typing import Any

REL = 1e-6
ABS = 1e-9


def differences(a: Any, b: Any, where: str = "$") -> list[str]:
    """Where ``a`` and ``b`` (parsed JSON) differ beyond float noise; empty if alike."""
    if isinstance(a, float) or isinstance(b, float):
        if isinstance(a, (int, float)) and isinstance(b, (int, float)):
            if math.isclose(a, b, rel_tol=REL, abs_tol=ABS):
                return []
        return [f"{where}: {a!r} != {b!r}"]
    if type(a) is not type(b):
        return [f"{where}: {type(a).__name__} != {type(b).__name__}"]
    if isinstance(a, dict):
        if a.keys() != b.keys():
            extra = sorted(set(a) ^ set(b))[:5]
            return [f"{where}: keys differ ({extra})"]
        return [d for k in a for d in differences(a[k], b[k], f"{where}.{k}")]
    if isinstance(a, list):
        if len(a) != len(b):
            return [f"{where}: length {len(a)} != {len(b)}"]
        return [d for i, (x, y) in enumerate(zip(a, b)) for d in differences(x, y, f"{where}[{i}]")]
    return [] if a == b else [f"{where}: {a!r} != {b!r}"]
