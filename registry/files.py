"""Files that hold personal data — the registry, mail-merge and consent exports — are the owner's
alone from their first byte: never created world-readable and tightened afterwards."""
import os
import tempfile
from pathlib import Path

PRIVATE = 0o600


def create_private(path) -> None:
    """Create `path` empty and owner-only unless it exists; an existing file of ours loses any
    group and other permissions."""
    path = Path(path)
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE))
    except FileExistsError:
        tighten(path)
    except (FileNotFoundError, PermissionError):
        pass  # no such folder, or not ours to write: the caller's own open says so in its words


def tighten(path) -> None:
    try:
        mode = path.stat().st_mode
        if mode & 0o077:
            os.chmod(path, mode & 0o700)
    except OSError:  # absent, or another user's file: nothing we may change
        pass


def write_private(path, data: bytes) -> None:
    """Write `data` to `path`, owner-only. Written to a temporary file beside it (mkstemp makes it
    0600) and renamed over the target: a failed write leaves the previous file as it was."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise
