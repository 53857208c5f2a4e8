"""One request and its body, bounded: retries on 429 and 5xx as urllib3's ``Retry`` counts
them (Retry-After in seconds or as an HTTP date), every wait and read inside the fetch's
deadline, the body read one socket read at a time and capped after decompression."""

from __future__ import annotations

import http.client
import time
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING

import requests
from urllib3.exceptions import HTTPError, InvalidHeader, MaxRetryError, ReadTimeoutError
from urllib3.util import Retry

from quotecheck.sources.deadline import Deadline

if TYPE_CHECKING:
    from quotecheck.settings import NetworkSettings

RETRIABLE = frozenset({429, 500, 502, 503, 504})
CHUNK = 64 * 1024


def _get(session: requests.Session, url: str, network: NetworkSettings, left: float,
         gate: AbstractContextManager[None]) -> requests.Response | str:
    """One GET of ``url`` within ``left`` seconds, or why it failed."""
    try:
        with gate:
            return session.get(
                url, stream=True, allow_redirects=False,
                timeout=(min(network.connect_timeout, left), min(network.read_timeout, left)))
    except requests.Timeout:
        return "timed out"
    except (requests.RequestException, OSError) as exc:
        return f"cannot connect ({type(exc).__name__})"
    except ValueError as exc:  # e.g. requests parsing a redirect to "http://[::1/"
        return f"malformed answer ({str(exc)[:100]})"


def request_once(session: requests.Session, url: str, network: NetworkSettings,
                 deadline: Deadline, gate: AbstractContextManager[None]
                 ) -> requests.Response | str:
    """The response to a GET of ``url`` (not followed), retried on 429 and 5xx within the
    deadline; or why there is none."""
    retry = Retry(total=network.retries, status_forcelist=RETRIABLE, backoff_factor=0.5,
                  respect_retry_after_header=True, raise_on_status=False)
    while True:
        if deadline.left() <= 0:
            return deadline.expired_reason()
        response = _get(session, url, network, deadline.left(), gate)
        if isinstance(response, str):
            return response
        has_wait = "Retry-After" in response.headers
        if not retry.is_retry("GET", response.status_code, has_wait):
            return response
        try:
            retry = retry.increment("GET", url, response=response.raw)
            wait = retry.get_retry_after(response.raw) if has_wait else None
        except MaxRetryError:
            return response
        except InvalidHeader:
            wait = None
        wait = retry.get_backoff_time() if wait is None else wait
        if wait >= deadline.left():  # the server asks for more time than this fetch has
            return response
        response.close()
        time.sleep(wait)


def read_body(response: requests.Response, network: NetworkSettings, deadline: Deadline
              ) -> bytes | str:
    """The decoded body, within ``max_bytes`` and the deadline; or why it cannot be had.

    Each read is one socket read whose timeout is what is left of the deadline, so a
    server that drips a byte at a time is cut off at the deadline; decompression is
    bounded per read, so a compression bomb stops at the size cap.
    """
    raw = response.raw
    chunks: list[bytes] = []
    size = 0
    try:
        while True:
            left = deadline.left()
            if left <= 0:
                return deadline.expired_reason()
            sock = getattr(raw.connection, "sock", None) if raw.connection else None
            if sock is not None:
                sock.settimeout(min(network.read_timeout, left))
            chunk = raw.read1(CHUNK, decode_content=True)
            if not chunk:
                break
            size += len(chunk)
            if size > network.max_bytes:
                return f"too large (over {network.max_bytes} bytes)"
            chunks.append(chunk)
    except (ReadTimeoutError, TimeoutError):
        return "timed out" if deadline.left() > 0 else deadline.expired_reason()
    except (HTTPError, http.client.HTTPException, OSError, ValueError) as exc:
        return f"broken response ({type(exc).__name__})"
    return b"".join(chunks)
