"""Write output files so that a reader never sees half a file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Iterable, Sequence

from consistency.errors import OutputError


def _resolved(path: str) -> Path:
    try:
        return Path(path).resolve()
    except (RuntimeError, OSError):  # a loop of symbolic links
        return Path(path).absolute()


def refuse_overwriting_inputs(output: str, inputs: Sequence[str]) -> None:
    """Refuse an output file that is one of the inputs, or whose name is an option's ("--json
    -q" takes "-q" as the file to write, and would leave a file of that name behind)."""
    if output.startswith("-"):
        raise OutputError(f"{output}: looks like an option, not a file name; give the file to write (its full path, if that is its name)")
    target = _resolved(output)
    for given in inputs:
        if given == "-":
            continue
        source = _resolved(given)
        # A file already inside an input folder was read as an article in this run.
        if source == target or (source.is_dir() and target.is_file() and source in target.parents):
            raise OutputError(f"{output}: is also an input; choose another output file so the input is kept")


def write_atomic(path: str, text: str | Iterable[str]) -> None:
    """Write ``text`` (a string or its pieces) to ``path`` through a temporary file in the
    same folder, then rename."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(f"{path}: folder {folder} does not exist; create it or choose another path")
    if target.is_dir():
        raise OutputError(f"{path}: is a folder; give a file name")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise OutputError(f"{path}: cannot write in {folder} ({error.strerror})") from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            if isinstance(text, str):
                stream.write(text)
            else:
                stream.writelines(text)
            stream.flush()
            os.fsync(stream.fileno())
        if target.exists():
            os.chmod(temporary, target.stat().st_mode & 0o777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, target)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise OutputError(f"{path}: could not be written ({error.strerror})") from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
