"""Progress on stderr while many files are checked: files done of all, and the rate.

tqdm draws it (imported here, only when a bar may be needed, so a one-file run never pays
for the import) and shows it only once the run has taken a second, so short runs stay
silent. The caller decides whether a terminal is there to see it.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import TypeVar

Item = TypeVar("Item")
DELAY_SECONDS = 1.0


class Progress:
    """A bar over ``total`` files: iterate files through it, or ``update`` by a count."""

    def __init__(self, total: int) -> None:
        from tqdm import tqdm

        self._bar = tqdm(total=total, unit="file", file=sys.stderr, delay=DELAY_SECONDS,
                         leave=False, dynamic_ncols=True, desc="checking")

    def __call__(self, items: Iterable[Item]) -> Iterator[Item]:
        for item in items:
            yield item
            self._bar.update(1)

    def update(self, count: int) -> None:
        self._bar.update(count)

    def close(self) -> None:
        self._bar.close()
