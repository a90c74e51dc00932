"""The package as a user installs it: a wheel, in a fresh environment, away from the repository.
Its one import root (pzh_talent, with ingest/, registry/, matching/ and outreach/ inside), its
templates and its Datasette metadata must all be in the wheel: `demo` runs and a page is served."""
import os
import socket
import subprocess
import sys
import time
import urllib.request
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_wheel_installs_runs_the_demo_and_serves_a_page(tmp_path):
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(dist),
                    str(ROOT)], check=True, capture_output=True)
    (wheel,) = dist.glob("pzh_talent-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "pzh_talent/ingest/load.py" in names and "pzh_talent/registry/dedupe/run.py" in names
    assert "pzh_talent/templates/pzh_person.html" in names and "pzh_talent/datasette_metadata.json" in names
    assert "pzh_talent/matching/settings.json" in names
    assert not any(n.split("/")[0] in ("ingest", "registry", "matching", "outreach") for n in names)

    # a clean environment: the dependencies come from this machine's site-packages, the project only
    # from the wheel (its own site-packages comes first on sys.path)
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)], check=True)
    python, tool = venv / "bin" / "python", venv / "bin" / "pzh-talent"
    subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-deps", str(wheel)], check=True, capture_output=True)
    away = tmp_path / "elsewhere"
    away.mkdir()
    where = subprocess.run([str(python), "-c", "import pzh_talent.ingest, pzh_talent.serve as s; "
                            "print(pzh_talent.ingest.__file__); print(s.METADATA_PATH)"],
                           cwd=away, check=True, capture_output=True, text=True).stdout.split()
    assert all(str(venv) in w for w in where), where
    demo = subprocess.run([str(tool), "demo", "--people", "150"], cwd=away, capture_output=True, text=True)
    assert demo.returncode == 0, demo.stderr
    assert (away / "demo" / "registry.db").exists()

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([str(tool), "serve", "--db", "demo/registry.db", "--port", str(port)], cwd=away,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ, "CI": "true"})
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                page = urllib.request.urlopen(f"http://127.0.0.1:{port}/-/login", timeout=2).read().decode("utf-8")
                break
            except OSError:
                assert time.monotonic() < deadline, "the server did not start"
                time.sleep(0.3)
        assert "登录 · 攀籍人才信息库" in page
    finally:
        server.terminate()
        server.wait(timeout=10)
