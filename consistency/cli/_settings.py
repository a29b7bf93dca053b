"""Options of a command filled from a settings file when the command line leaves them out."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

try:  # typer 0.29 and later carry their own copy of click
    from typer._click.core import Context, Parameter, ParameterSource
    from typer._click.exceptions import BadParameter
    from typer._click.globals import get_current_context
except ImportError:  # pragma: no cover - older typer runs on click itself
    from click.core import Context, Parameter, ParameterSource
    from click.exceptions import BadParameter
    from click.globals import get_current_context

from consistency.cli._util import user_errors
from consistency.errors import SettingsError
from consistency.settings import check_known_keys, find_settings


@dataclass(frozen=True)
class Setting:
    value: Any
    #: "default", "command line", or the settings file it came from.
    origin: str


def setting_key(param: Parameter) -> str | None:
    """The name a settings file uses for an option: its long name without dashes."""
    if param.param_type_name != "option":
        return None
    long_names = [name for name in param.opts if name.startswith("--")]
    return long_names[0][2:] if long_names else None


def effective_settings(ctx: Context, given: dict[str, Any]) -> dict[str, Setting]:
    """Every option of ``ctx``'s command with its value and origin: the command line
    first, then the settings file of the working folder, then the option's default."""
    options = {setting_key(p): p for p in ctx.command.params if setting_key(p) and p.name != "help"}
    found = find_settings(Path.cwd())
    if found is not None:
        check_known_keys(found, list(options))
    settings = {}
    for key, param in options.items():
        if ctx.get_parameter_source(param.name) == ParameterSource.COMMANDLINE:
            settings[param.name] = Setting(given[param.name], "command line")
        elif found is not None and key in found.values:
            value = _converted(found.values[key], param, ctx, f"{found.origin}: setting '{key}'")
            settings[param.name] = Setting(value, found.origin)
        else:
            settings[param.name] = Setting(given[param.name], "default")
    return settings


def _converted(value: Any, param: Parameter, ctx: Context, where: str) -> Any:
    """A value from the file, checked and converted as the option's own value would be."""
    if param.is_flag and not isinstance(value, bool):
        raise SettingsError(f"{where} must be true or false, not {value!r}")
    if param.multiple:
        value = tuple(value) if isinstance(value, list) else (value,)
        plain = all(not isinstance(item, (list, dict)) for item in value)
    else:
        plain = not isinstance(value, (list, dict))
    if not plain:
        raise SettingsError(f"{where} must be {'a list of ' if param.multiple else 'a '}plain value(s), not {value!r}")
    try:
        return param.process_value(ctx, value)
    except BadParameter as error:
        raise SettingsError(f"{where}: {error.message}") from None


def settings_from_file(command: Callable) -> Callable:
    """Wrap a typer command so that options left off the command line come from the
    settings file (see ``consistency.settings``)."""

    @functools.wraps(command)
    def run(**given: Any) -> Any:
        ctx = get_current_context()
        with user_errors():
            settings = effective_settings(ctx, given)
        return command(**{**given, **{name: setting.value for name, setting in settings.items()}})

    return run
