"""A throwaway PostgreSQL server for the team tests: initdb in a temporary folder, a unix socket there
(no port to collide on), password login, stopped at the end of the session.

The server binaries come from Debian's `postgresql` package (./dev installs it). Without them the team
tests FAIL: the team register must be proven in CI too. initdb refuses to run as root, so as root the
server runs as the `postgres` user (or a `jobbro-pg` user created for it).
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

SUPERUSER = "jobbro"
PASSWORD = "team-test-password"  # a throwaway server's; never a real one


def _binaries() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    if not found:
        pytest.fail("PostgreSQL's server binaries are missing (/usr/lib/postgresql/*/bin/initdb): "
                    "install Debian's 'postgresql' package (./dev does)")
    return Path(found[-1]).parent


def _run_as() -> list[str]:
    """The prefix that runs a server command as a user other than root (initdb refuses root)."""
    if os.getuid() != 0:
        return []
    for name in ("postgres", "jobbro-pg"):
        try:
            pwd.getpwnam(name)
            return ["runuser", "-u", name, "--"]
        except KeyError:
            continue
    subprocess.run(["useradd", "--system", "--no-create-home", "jobbro-pg"], check=True)
    return ["runuser", "-u", "jobbro-pg", "--"]


@dataclass
class PgServer:
    bin: Path
    folder: Path
    prefix: list[str]

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def url(self, dbname: str = "postgres", **extra: str) -> str:
        params = {"host": str(self.folder), "port": "5432", "user": SUPERUSER, "dbname": dbname, **extra}
        return " ".join(f"{k}={v}" for k, v in params.items())

    def ctl(self, *args: str) -> None:
        subprocess.run([*self.prefix, str(self.bin / "pg_ctl"), "-D", str(self.data), "-s", *args],
                       check=True, stdout=subprocess.DEVNULL)

    def start(self) -> None:
        self.ctl("-w", "-l", str(self.folder / "server.log"), "-o",
                 f"-k {self.folder} -c listen_addresses='' -c fsync=off -c full_page_writes=off", "start")

    def stop(self, mode: str = "fast") -> None:
        self.ctl("-w", "-m", mode, "stop")

    def running(self) -> bool:
        return (self.data / "postmaster.pid").exists()


@pytest.fixture(scope="session")
def pg_server():
    bin_dir = _binaries()
    prefix = _run_as()
    folder = Path(tempfile.mkdtemp(prefix="jobbro-pg-"))
    pwfile = folder / "pw"
    pwfile.write_text(PASSWORD + "\n")
    if prefix:
        shutil.chown(folder, user=prefix[2])
        shutil.chown(pwfile, user=prefix[2])
    server = PgServer(bin_dir, folder, prefix)
    subprocess.run([*prefix, str(bin_dir / "initdb"), "-D", str(server.data), "-U", SUPERUSER,
                    f"--pwfile={pwfile}", "--auth=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8"],
                   check=True, stdout=subprocess.DEVNULL)
    server.start()
    try:
        yield server
    finally:
        if server.running():
            server.stop("immediate")
        shutil.rmtree(folder, ignore_errors=True)


_numbers = itertools.count(1)


@pytest.fixture
def team_url(pg_server, monkeypatch):
    """A fresh, empty database on the throwaway server for one test; the password through PGPASSWORD."""
    import psycopg

    monkeypatch.setenv("PGPASSWORD", PASSWORD)
    if not pg_server.running():
        pg_server.start()
    name = f"team_{os.getpid()}_{next(_numbers)}"
    with psycopg.connect(pg_server.url(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    return pg_server.url(name)
