"""pzh-talent: the talent registry and outreach CRM of Panzhihua (攀籍人才信息库).

Installed, ingest/, registry/, matching/ and outreach/ are inside this package. In a checkout they sit
beside it, at the top of the repository (pyproject.toml maps them): the repository root is then part of
this package's path, so `pzh_talent.ingest` is the checkout's own ingest/ whichever copy pip last
installed in editable mode.
"""
from pathlib import Path as _Path

_checkout = _Path(__file__).resolve().parent.parent
if (_checkout / "pyproject.toml").exists() and (_checkout / "ingest" / "__init__.py").exists():
    __path__.append(str(_checkout))  # noqa: F821 (a package's __path__ is defined by the import system)
