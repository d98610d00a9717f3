"""What every command needs: the parsed options, the store, and output."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from dataclasses import asdict, is_dataclass
from pathlib import Path
from typing import Any

from casekeeper.errors import InvalidValue, PassphraseRequired
from casekeeper.paths import default_store_dir
from casekeeper.services.context import Context, default_author
from casekeeper.services.stores import open_store
from casekeeper.store.store import Store

PASSPHRASE_ENV = "CASEKEEPER_PASSPHRASE"


class CliApp:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self._store: Store | None = None

    @property
    def store_path(self) -> Path:
        return Path(self.args.store) if self.args.store else default_store_dir()

    @property
    def json(self) -> bool:
        return bool(getattr(self.args, "json", False))

    def passphrase(self, prompt: str = "Passphrase: ") -> str:
        """--passphrase-file, then CASEKEEPER_PASSPHRASE, then a prompt on a terminal."""
        if self.args.passphrase_file:
            try:
                text = Path(self.args.passphrase_file).read_text(encoding="utf-8")
            except OSError as exc:
                raise InvalidValue(
                    f"Cannot read the passphrase file {self.args.passphrase_file}: {exc.strerror}."
                ) from None
            return text.rstrip("\r\n")
        env = os.environ.get(PASSPHRASE_ENV)
        if env is not None:
            return env
        if sys.stdin.isatty():
            return getpass.getpass(prompt)
        raise PassphraseRequired()

    def new_passphrase(self, prompt: str = "New passphrase: ") -> str:
        """Asked twice on a terminal; taken as given from a file or the environment."""
        if not sys.stdin.isatty():
            raise PassphraseRequired(
                "The new passphrase must be typed at a terminal (it is asked twice)."
            )
        first = getpass.getpass(prompt)
        if getpass.getpass("Repeat it: ") != first:
            raise InvalidValue("The two passphrases differ; nothing was changed.")
        return first

    def store(self) -> Store:
        if self._store is None:
            recovery = getattr(self.args, "recovery_key", None)
            if recovery:
                self._store = open_store(self.store_path, recovery_key=recovery)
            else:
                self._store = open_store(self.store_path, passphrase=self.passphrase())
        return self._store

    def context(self) -> Context:
        return Context(self.store(), self.args.author or default_author())

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    # --- output ----------------------------------------------------------------

    def emit(self, data: Any, human: str | None = None) -> None:
        """JSON when --json, otherwise the human text."""
        if self.json:
            print(json.dumps(_plain(data), ensure_ascii=False, indent=2))
        elif human is not None:
            print(human)

    def say(self, text: str) -> None:
        if not self.json:
            print(text)


def _plain(data: Any) -> Any:
    if is_dataclass(data) and not isinstance(data, type):
        return asdict(data)
    if isinstance(data, list):
        return [_plain(item) for item in data]
    if isinstance(data, dict):
        return {key: _plain(value) for key, value in data.items()}
    return data
