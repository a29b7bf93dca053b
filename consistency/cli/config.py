from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from consistency.cli import app
from consistency.cli._settings import effective_settings, setting_key
from consistency.cli._util import user_errors


@app.command(
    "config", context_settings={"allow_extra_args": True, "ignore_unknown_options": True, "help_option_names": ["--help"]}
)
def config_cli(ctx: typer.Context) -> None:
    """Print the settings 'check' would use here and where each comes from: the command
    line, a settings file, or the default.

    Settings are read from consistency.toml in the working folder, or else from the
    \\[tool.consistency] table of its pyproject.toml. Keys are check's long option names
    without the dashes; options on the command line override them:

        format = "html"
        output = "report.html"
        min-severity = "medium"
        kind = ["number", "date"]
        fail-on = "high"

    Give check's options after 'config' to see how they combine with the file.

    Example: consistency config --format json --top 5
    """
    check_command = typer.main.get_command(app).commands["check"]
    with check_command.make_context("check", [*ctx.args, "-"], parent=ctx) as check_ctx:
        with user_errors():
            settings = effective_settings(check_ctx, check_ctx.params)
    params = {param.name: param for param in check_command.params}
    rows = [("setting", "value", "from")]
    for name, setting in settings.items():
        shown = [str(v) for v in setting.value] if isinstance(setting.value, (list, tuple)) else setting.value
        rows.append((setting_key(params[name]), json.dumps(str(shown) if isinstance(shown, Path) else shown,
                                                           ensure_ascii=False), setting.origin))
    widths = [max(len(row[column]) for row in rows) for column in range(2)]
    for key, value, origin in rows:
        sys.stdout.write(f"{key.ljust(widths[0])}  {value.ljust(widths[1])}  {origin}\n")
