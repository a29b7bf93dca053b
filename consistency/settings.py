"""Settings files: ``consistency.toml`` in the working folder, or else the
``[tool.consistency]`` table of its ``pyproject.toml``.

Keys are the long option names of ``consistency check`` without the dashes
(``min-severity = "medium"``); options given on the command line override them. Which
keys exist is the command's business; this module only finds and reads the file.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from consistency.errors import SettingsError

SETTINGS_FILE = "consistency.toml"


@dataclass(frozen=True)
class SettingsFile:
    #: Where the settings were read, as the user would name it ("pyproject.toml [tool.consistency]").
    origin: str
    values: dict[str, Any]


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise SettingsError(f"{path}: not valid TOML ({error}); fix it or move it away") from None
    except (OSError, UnicodeDecodeError) as error:
        raise SettingsError(f"{path}: cannot be read ({error})") from None


def find_settings(folder: Path) -> SettingsFile | None:
    """The settings for a run in ``folder``: ``consistency.toml`` when it exists (the
    whole file), else ``[tool.consistency]`` in ``pyproject.toml``, else None."""
    own = folder / SETTINGS_FILE
    if own.is_file():
        return SettingsFile(str(own), _dashed(_read_toml(own), str(own)))
    project = folder / "pyproject.toml"
    if project.is_file():
        tool = _read_toml(project).get("tool", {})
        section = tool.get("consistency") if isinstance(tool, dict) else None
        if section is None:
            return None
        if not isinstance(section, dict):
            raise SettingsError(f"{project}: [tool.consistency] must be a table of settings")
        return SettingsFile(f"{project} [tool.consistency]", _dashed(section, f"{project} [tool.consistency]"))
    return None


def _dashed(values: dict[str, Any], origin: str) -> dict[str, Any]:
    """Keys as the command line spells them: TOML users write ``top_k`` as often as
    ``top-k``, and both mean the option ``--top-k``."""
    dashed: dict[str, Any] = {}
    for key, value in values.items():
        name = key.replace("_", "-")
        if name in dashed:
            raise SettingsError(f"{origin}: '{key}' is given twice (as '{name}' too); keep one")
        dashed[name] = value
    return dashed


def check_known_keys(settings: SettingsFile, known: list[str]) -> None:
    for key in settings.values:
        if key not in known:
            raise SettingsError(f"{settings.origin}: unknown setting '{key}'. Known: {', '.join(sorted(known))}")
