"""The commands on encrypted stores: the passphrase from JOBBRO_PASSPHRASE (never an argument), encrypt,
passphrase, backup, restore, and every other command working on an encrypted store."""

from __future__ import annotations

import json

import pytest
from security_helpers import NAME, PASS, counts_of

import main
from db import backup, cipher

pytestmark = pytest.mark.usefixtures("qapp")


def jobbro(capsys, *args) -> tuple[int, str, str]:
    code = main.main(["--lang", "en", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def env(monkeypatch):
    monkeypatch.delenv("JOBBRO_PASSPHRASE", raising=False)
    monkeypatch.delenv("JOBBRO_NEW_PASSPHRASE", raising=False)
    monkeypatch.delenv("JOBBRO_BACKUP_PASSPHRASE", raising=False)
    return monkeypatch


def test_demo_is_encrypted_when_a_passphrase_is_set_and_plain_otherwise(env, tmp_path, capsys):
    env.setenv("JOBBRO_PASSPHRASE", PASS)
    assert jobbro(capsys, "demo", "--db", str(tmp_path / "e.sqlite"), "--companies", "5", "--candidates", "10",
                  "--needs", "2", "--contacts", "2")[0] == 0
    assert cipher.file_kind(tmp_path / "e.sqlite") == "encrypted"
    env.delenv("JOBBRO_PASSPHRASE")
    assert jobbro(capsys, "demo", "--db", str(tmp_path / "p.sqlite"), "--companies", "5", "--candidates", "10",
                  "--needs", "2", "--contacts", "2")[0] == 0
    assert cipher.file_kind(tmp_path / "p.sqlite") == "plain"


def test_an_encrypted_store_without_a_passphrase_is_a_clear_error(env, encrypted_store, capsys):
    path, _ = encrypted_store
    code, out, err = jobbro(capsys, "match", "--db", str(path), "--need", "1")
    assert code == 2 and "JOBBRO_PASSPHRASE" in err and "Traceback" not in err
    env.setenv("JOBBRO_PASSPHRASE", "forkert kode")
    code, _, err = jobbro(capsys, "match", "--db", str(path), "--need", "1")
    assert code == 2 and "passphrase does not open" in err and "forkert kode" not in err
    env.setenv("JOBBRO_PASSPHRASE", "  ")
    code, _, err = jobbro(capsys, "match", "--db", str(path), "--need", "1")
    assert code == 2 and "empty" in err


def test_there_is_no_passphrase_argument(env, encrypted_store, capsys):
    path, _ = encrypted_store
    with pytest.raises(SystemExit):
        main.main(["match", "--db", str(path), "--need", "1", "--passphrase", PASS])
    capsys.readouterr()


def test_every_command_works_on_an_encrypted_store(env, encrypted_store, tmp_path, capsys):
    path, counts = encrypted_store
    env.setenv("JOBBRO_PASSPHRASE", PASS)
    code, out, err = jobbro(capsys, "match", "--db", str(path), "--need", "1", "--format", "json")
    assert code == 0, err
    assert json.loads(out)
    code, out, err = jobbro(capsys, "shortlist", "--db", str(path), "--need", "1", "--out", str(tmp_path / "s.pdf"))
    assert code == 0, err
    assert (tmp_path / "s.pdf").read_bytes().startswith(b"%PDF")
    code, _, err = jobbro(capsys, "export", "candidates", "--db", str(path), "--out", str(tmp_path / "c.csv"))
    assert code == 0, err
    assert NAME in (tmp_path / "c.csv").read_text(encoding="utf-8-sig")
    (tmp_path / "new.csv").write_text("CVR;Navn\n13748136;Vejle Transport ApS\n", encoding="utf-8")
    code, _, err = jobbro(capsys, "import", "companies", str(tmp_path / "new.csv"), "--db", str(path))
    assert code == 0, err
    code, _, err = jobbro(capsys, "occupations", "--db", str(path), "lager")
    assert code == 0, err
    code, _, err = jobbro(capsys, "followups", "--db", str(path), "--ics", str(tmp_path / "f.ics"))
    assert code == 0, err
    assert (tmp_path / "f.ics").read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")
    assert counts_of(path, PASS)["companies"] == counts["companies"] + 1


def test_a_passphrase_for_a_plain_store_is_noted_once_and_the_store_opens(env, plain_store, capsys):
    path, _ = plain_store
    env.setenv("JOBBRO_PASSPHRASE", PASS)
    code, _, err = jobbro(capsys, "match", "--db", str(path), "--need", "1")
    assert code == 0
    assert "not encrypted" in err


def test_encrypt_then_change_the_passphrase(env, plain_store, capsys):
    path, counts = plain_store
    env.setenv("JOBBRO_PASSPHRASE", "kort")
    code, _, err = jobbro(capsys, "encrypt", "--db", str(path))
    assert code == 2 and "at least 8" in err and cipher.file_kind(path) == "plain"
    env.setenv("JOBBRO_PASSPHRASE", PASS)
    code, out, err = jobbro(capsys, "encrypt", "--db", str(path))
    assert code == 0, err
    assert "cannot be recovered" in out
    assert counts_of(path, PASS) == counts
    code, _, err = jobbro(capsys, "encrypt", "--db", str(path))
    assert code == 2 and "already encrypted" in err
    env.setenv("JOBBRO_NEW_PASSPHRASE", "en helt ny kode")
    code, _, err = jobbro(capsys, "passphrase", "--db", str(path))
    assert code == 0, err
    assert counts_of(path, "en helt ny kode") == counts


def test_passphrase_on_a_plain_store_and_with_a_wrong_current_one(env, plain_store, encrypted_store, capsys):
    plain, _ = plain_store
    secret, _ = encrypted_store
    env.setenv("JOBBRO_PASSPHRASE", PASS)
    env.setenv("JOBBRO_NEW_PASSPHRASE", "en helt ny kode")
    code, _, err = jobbro(capsys, "passphrase", "--db", str(plain))
    assert code == 2 and "not encrypted" in err
    env.setenv("JOBBRO_PASSPHRASE", "forkert kode")
    before = secret.read_bytes()
    code, _, err = jobbro(capsys, "passphrase", "--db", str(secret))
    assert code == 2 and "does not open" in err
    assert secret.read_bytes() == before


def test_backup_and_restore_commands(env, encrypted_store, tmp_path, capsys):
    path, counts = encrypted_store
    env.setenv("JOBBRO_PASSPHRASE", PASS)
    code, out, err = jobbro(capsys, "backup", "--db", str(path), "--out", str(tmp_path / "bk") + "/")
    assert code == 0, err
    made = backup.list_backups(tmp_path / "bk")
    assert len(made) == 1 and made[0].kind == "manual" and cipher.file_kind(made[0].path) == "encrypted"
    jobbro(capsys, "import", "companies", str(_csv(tmp_path)), "--db", str(path))
    code, out, err = jobbro(capsys, "restore", "--db", str(path), "--from", str(made[0].path), "--keep", str(tmp_path / "bk"))
    assert code == 0, err
    assert counts_of(path, PASS) == counts
    kept = [b for b in backup.list_backups(tmp_path / "bk") if b.kind == "before-restore"]
    assert len(kept) == 1 and backup.inspect(kept[0].path, PASS).counts["companies"] == counts["companies"] + 1


def _csv(tmp_path):
    path = tmp_path / "one.csv"
    path.write_text("CVR;Navn\n13748136;Vejle Transport ApS\n", encoding="utf-8")
    return path


def test_restore_from_a_file_made_with_another_passphrase(env, encrypted_store, tmp_path, capsys):
    path, counts = encrypted_store
    env.setenv("JOBBRO_PASSPHRASE", PASS)
    jobbro(capsys, "backup", "--db", str(path), "--out", str(tmp_path / "old.sqlite"))
    env.setenv("JOBBRO_NEW_PASSPHRASE", "en helt ny kode")
    assert jobbro(capsys, "passphrase", "--db", str(path))[0] == 0
    env.setenv("JOBBRO_PASSPHRASE", "en helt ny kode")
    code, _, err = jobbro(capsys, "restore", "--db", str(path), "--from", str(tmp_path / "old.sqlite"),
                          "--keep", str(tmp_path / "bk"))
    assert code == 2 and "does not open" in err
    env.setenv("JOBBRO_BACKUP_PASSPHRASE", PASS)
    code, _, err = jobbro(capsys, "restore", "--db", str(path), "--from", str(tmp_path / "old.sqlite"),
                          "--keep", str(tmp_path / "bk"))
    assert code == 0, err
    assert counts_of(path, PASS) == counts  # the restored store keeps the backup's passphrase


def test_restore_refusals_are_messages_not_tracebacks(env, plain_store, tmp_path, capsys):
    path, _ = plain_store
    (tmp_path / "x.txt").write_text("hej\n" * 500)
    before = path.read_bytes()
    code, _, err = jobbro(capsys, "restore", "--db", str(path), "--from", str(tmp_path / "x.txt"), "--keep", str(tmp_path / "bk"))
    assert code == 2 and "not a Jobbro store" in err and "Traceback" not in err
    code, _, err = jobbro(capsys, "restore", "--db", str(path), "--from", str(path), "--keep", str(tmp_path / "bk"))
    assert code == 2
    code, _, err = jobbro(capsys, "backup", "--db", str(path), "--out", str(tmp_path / "x.txt" / "b.sqlite"))
    assert code == 2 and "cannot be written" in err
    assert path.read_bytes() == before
