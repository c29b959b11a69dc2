"""A throwaway PostgreSQL server: initdb in a temporary folder, a unix socket there (no port to collide
on), password login, stopped and removed at the end. Used by the team tests (conftest.py) and by
bench/bench_team_sync.py --throwaway.

The server binaries come from Debian's `postgresql` package (./dev installs it). initdb refuses to run
as root, so as root the server runs as the `postgres` user (or a `jobbro-pg` user created for it).
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "jobbro"
PASSWORD = "team-test-password"  # a throwaway server's; never a real one


class MissingServer(RuntimeError):
    """PostgreSQL's server binaries are not installed."""


def binaries() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    if not found:
        raise MissingServer("PostgreSQL's server binaries are missing (/usr/lib/postgresql/*/bin/initdb): "
                            "install Debian's 'postgresql' package (./dev does)")
    return Path(found[-1]).parent


def run_as() -> list[str]:
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


@contextmanager
def throwaway_server() -> Iterator[PgServer]:
    """A running throwaway server (login: SUPERUSER with PASSWORD), removed afterwards."""
    bin_dir = binaries()
    prefix = run_as()
    folder = Path(tempfile.mkdtemp(prefix="jobbro-pg-"))
    pwfile = folder / "pw"
    pwfile.write_text(PASSWORD + "\n")
    if prefix:
        shutil.chown(folder, user=prefix[2])
        shutil.chown(pwfile, user=prefix[2])
    server = PgServer(bin_dir, folder, prefix)
    try:
        subprocess.run([*prefix, str(bin_dir / "initdb"), "-D", str(server.data), "-U", SUPERUSER,
                        f"--pwfile={pwfile}", "--auth=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8"],
                       check=True, stdout=subprocess.DEVNULL)
        server.start()
        yield server
    finally:
        if server.running():
            server.stop("immediate")
        shutil.rmtree(folder, ignore_errors=True)
