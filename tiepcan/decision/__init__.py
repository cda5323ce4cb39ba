"""Giải quyết yêu cầu cung cấp thông tin — one decision on one request (being split by concern)."""

from tiepcan.decision.assessment import *  # noqa: F403
from tiepcan.decision.assessment import __all__ as __all__
