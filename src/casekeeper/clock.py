"""Time, injected.

Tests and the sync merge need to control time, so nothing calls
``datetime.now()`` directly: it asks a ``Clock``. The change log orders
writes by a hybrid logical clock (Kulkarni et al., "Logical Physical Clocks",
2014): wall-clock milliseconds plus a counter, so that order survives clocks
that stand still or step back, and so that devices can merge later.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """An aware UTC datetime."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


class FakeClock:
    """A clock a test moves by hand."""

    def __init__(self, start: datetime | None = None) -> None:
        self._now = start or datetime(2025, 7, 24, 9, 0, tzinfo=UTC)

    def now(self) -> datetime:
        return self._now

    def advance(self, **kwargs: float) -> None:
        self._now += timedelta(**kwargs)

    def set(self, when: datetime) -> None:
        self._now = when


@dataclass(frozen=True, order=True)
class HLC:
    """A hybrid logical timestamp; its string form sorts like the timestamp."""

    wall_ms: int
    counter: int = 0

    def __str__(self) -> str:
        return f"{self.wall_ms:015d}.{self.counter:05d}"

    @classmethod
    def parse(cls, text: str) -> HLC:
        wall, _, counter = text.partition(".")
        return cls(int(wall), int(counter or 0))


def _ms(when: datetime) -> int:
    return int(when.timestamp() * 1000)


class HybridLogicalClock:
    """Issues strictly increasing HLC timestamps, thread-safe."""

    def __init__(self, clock: Clock, last: HLC | None = None) -> None:
        self._clock = clock
        self._last = last or HLC(0, 0)
        self._lock = threading.Lock()

    @property
    def last(self) -> HLC:
        return self._last

    def tick(self) -> HLC:
        with self._lock:
            wall = _ms(self._clock.now())
            if wall > self._last.wall_ms:
                self._last = HLC(wall, 0)
            else:
                self._last = HLC(self._last.wall_ms, self._last.counter + 1)
            return self._last

    def observe(self, remote: HLC) -> HLC:
        """Move past a timestamp seen from another device (sync)."""
        with self._lock:
            wall = _ms(self._clock.now())
            top = max(wall, self._last.wall_ms, remote.wall_ms)
            if top == self._last.wall_ms == remote.wall_ms:
                counter = max(self._last.counter, remote.counter) + 1
            elif top == self._last.wall_ms:
                counter = self._last.counter + 1
            elif top == remote.wall_ms:
                counter = remote.counter + 1
            else:
                counter = 0
            self._last = HLC(top, counter)
            return self._last
