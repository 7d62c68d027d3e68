"""What a URL may reach and what of it may be shown: pure functions, no I/O.

- :func:`redact` hides secret values in a message that contains URLs (errors, logs);
- :func:`public_url` is the URL as stored and exported: no ``user:password@``, no
  query or fragment parameter that looks like a secret (the page is still fetched with
  the full URL);
- :func:`non_public` says why an IP address must not be fetched without
  ``--allow-private-urls`` (loopback, private, link-local and cloud metadata, ...).

A parameter is secret when its name (any case) is one of :data:`SECRET_PARAMS`, or
ends in ``_token``, ``-token``, ``_key``, ``-key``, ``_secret``, ``_signature``,
``-signature``, ``_sig``, ``_password`` (``X-Amz-Signature``, ``refresh_token``,
``client_secret``...), or contains ``password`` or ``secret``. ``keys`` and
``monkey`` are not.
"""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import unquote_plus, urlsplit, urlunsplit

__all__ = ["SECRET_PARAMS", "is_secret_param", "non_public", "public_url", "redact"]

SECRET_PARAMS = frozenset(
    {
        "key",
        "api_key",
        "apikey",
        "api-key",
        "token",
        "access_token",
        "id_token",
        "auth",
        "auth_token",
        "authorization",
        "sig",
        "signature",
        "password",
        "passwd",
        "pwd",
        "secret",
        "client_secret",
        "session",
        "sessionid",
        "session_id",
        "jsessionid",
        "phpsessid",
        "x-amz-credential",
        "x-amz-security-token",
        "x-amz-signature",
    }
)
_SUFFIXES = r"[-_](?:token|key|secret|signature|sig|password)"
_NAME = re.compile(
    rf"(?i)(?:{'|'.join(map(re.escape, SECRET_PARAMS))}|.*{_SUFFIXES}|.*(?:password|secret).*)\Z"
)

# In free text: a parameter's value ends at the next parameter, at whitespace, or at
# the ": " our messages put after a URL; redacting twice gives the same text.
_PARAM = re.compile(r"([?&;#])([^=&#;\s?'\"<>]+)=((?:[^&#;\s'\"<>:]|:(?!\s|$))*)")
_USERINFO = re.compile(r"(?i)(\b[a-z][a-z0-9+.-]*://[^/@\s:]+:)[^/@\s]+@")


def is_secret_param(name: str) -> bool:
    """Whether a query parameter named ``name`` (percent-encoded or not) holds a secret."""
    return bool(_NAME.match(unquote_plus(name).strip()))


def redact(text: str) -> str:
    """``text`` with secret query values and URL passwords replaced by ``REDACTED``.

    Works on a URL or on any message that contains URLs:
    ``"https://x/api?query=a&key=abc"`` -> ``"https://x/api?query=a&key=REDACTED"``.
    """

    def hide(m: re.Match[str]) -> str:
        if not is_secret_param(m.group(2)):
            return m.group()
        return f"{m.group(1)}{m.group(2)}=REDACTED"

    return _USERINFO.sub(r"\1REDACTED@", _PARAM.sub(hide, text))


def public_url(url: str) -> str:
    """``url`` without its user name and password and without secret parameters in the
    query or the fragment (``#access_token=...``): what is stored and exported.

    >>> public_url("https://bob:pw@news.example/a?id=7&token=abc#top")
    'https://news.example/a?id=7#top'
    """
    parts = urlsplit(url)
    netloc = parts.netloc.rpartition("@")[2]
    return urlunsplit((parts.scheme, netloc, parts.path, _kept(parts.query), _kept(parts.fragment)))


def _kept(params: str) -> str:
    if "=" not in params:
        return params
    return "&".join(p for p in params.split("&") if not is_secret_param(p.partition("=")[0]))


def non_public(address: str) -> str | None:
    """What kind of address ``address`` is when it is not a public internet address
    ("loopback", "private", "link-local" (cloud metadata: 169.254.169.254), "multicast",
    "reserved", "unspecified", "non-public"), else None. An IPv4 address inside IPv6
    (``::ffff:127.0.0.1``, NAT64 ``64:ff9b::``, 6to4) is judged as the IPv4 address."""
    try:
        ip: ipaddress.IPv4Address | ipaddress.IPv6Address = ipaddress.ip_address(address)
    except ValueError:
        return "unparsable"
    if isinstance(ip, ipaddress.IPv6Address):
        inner = ip.ipv4_mapped or ip.sixtofour
        if inner is None and ip in _NAT64:
            inner = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        if inner is not None:
            ip = inner
    for kind, test in (
        ("unspecified", ip.is_unspecified),
        ("loopback", ip.is_loopback),
        ("link-local", ip.is_link_local),
        ("multicast", ip.is_multicast),
        ("reserved", ip.is_reserved),
        ("private", ip.is_private),
    ):
        if test:
            return kind
    return None if ip.is_global else "non-public"


_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")
