"""What every cassette test shares: where cassettes live, what is filtered, and a fix
for vcrpy's response stub. Used by tests/conftest.py's vcr fixtures."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from vcr.stubs import VCRHTTPResponse
from vcr.stubs.requests_stubs import VCRRequestsHTTPConnection, VCRRequestsHTTPSConnection

from claimcheck.reading.http import redact
from claimcheck.reading.transport import POOL_CLASSES

ROOT = Path(__file__).resolve().parent.parent / "cassettes"


def scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    """filter_headers only touches requests: drop cookies the server set, and redact a
    redirect's Location, which can carry a secret."""
    headers = response.get("headers", {})
    for name in list(headers):
        if name.lower() == "set-cookie":
            del headers[name]
        elif name.lower() == "location":
            headers[name] = [redact(value) for value in headers[name]]
    return response


def config() -> dict[str, Any]:
    """Secrets filtered when recording; the key ignored when matching.

    vcrpy runs the request filters on the live request too before matching, so the
    standard ``query`` matcher compares ``key=REDACTED`` with ``key=REDACTED``: any key
    value matches the cassette, and none is ever written to it.
    """
    return {
        "filter_query_parameters": [("key", "REDACTED")],
        "filter_headers": ["authorization", "cookie", "set-cookie"],
        "before_record_response": scrub_response,
        "match_on": ["method", "scheme", "host", "port", "path", "query"],
        # Bodies are stored decoded: the stub response ignores Content-Encoding.
        "decode_compressed_response": True,
        # claimcheck's pools use connection classes of their own (the address check):
        # vcrpy swaps them for its stubs as it swaps urllib3's.
        "custom_patches": tuple(
            (pool, "ConnectionCls", stub)
            for pool, stub in zip(
                POOL_CLASSES, (VCRRequestsHTTPConnection, VCRRequestsHTTPSConnection)
            )
        ),
    }


def read1(self: VCRHTTPResponse, amt: int = -1, decode_content: bool | None = None) -> bytes:
    """claimcheck.reading.http reads with ``raw.read1(n, decode_content=True)``, as urllib3
    allows; vcrpy's stub hands the keyword to BytesIO.read1, which takes none (the
    ``read()`` twin of this was vcrpy issue #902). Cassette bodies are stored decoded."""
    data: bytes = self._content.read1(amt)
    return data
