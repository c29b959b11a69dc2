"""Benchmark: median and max render time of a realistic 20-candidate shortlist, per variant; with --store,
the time to assemble a need's shortlist document from a real store (saved list or ranking)."""

from __future__ import annotations

import argparse
import datetime as dt
import io
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from anywhere

from reports.shortlist_data import ShortlistDoc, ShortlistEntry
from reports.shortlist_pdf import render_shortlist
from targets import Report

SKILLS = ["Truckcertifikat", "Lagerstyring", "Pluk og pak", "Varemodtagelse", "Kundeservice",
          "Excel", "Stregkodescanner", "Dansk (mundtligt)", "Engelsk", "Kvalitetskontrol",
          "Emballering", "Rengøring"]
FIRST = ["Mette", "Jens", "Fatima", "Søren", "Åse", "Mohammed", "Louise", "Bjørn", "Ida", "Kasper"]
LAST = ["Sørensen", "Østergaard", "El-Sayed", "Ærenlund", "Nielsen", "Hansen", "Jensen", "Larsen"]


def entry(n: int) -> ShortlistEntry:
    consent = n % 3 != 0  # a third without consent, as is typical
    name = f"{FIRST[n % len(FIRST)]} {LAST[n % len(LAST)]}"
    return ShortlistEntry(
        number=n, candidate_id=f"K-{20000 + n}", name=name, phone=f"{40000000 + n * 7919}",
        email=f"{name.split()[0].lower()}.{n}@example.dk", birth_year=1965 + n % 35,
        postcode=f"8{n % 9}00", town="Aarhus", consent=consent,
        consent_text=f"Samtykke {n % 28 + 1:02d}-10-2026, registreret af Anne Holm" if consent else None,
        status="Kontaktet" if n % 2 else "Ny", note=f"Har vist stor interesse; ringet op {n % 4 + 1} gange.",
        score=max(5.0, 97.0 - n * 2.3), matching_skills=SKILLS[: 3 + n % 7], missing_skills=SKILLS[9: 9 + n % 3],
        certificates=["Kørekort B", "Truckcertifikat B"][: 1 + n % 2],
        missing_certificates=["Kørekort C"] if n % 4 == 0 else [],
        experience=["Lagermedarbejder, 3 år", "Chauffør, 1 år", "Kantinemedhjælper"][: 1 + n % 3],
        education_level=["Grundskole", "Erhvervsuddannelse", "Gymnasial uddannelse"][n % 3],
        hours=f"{25 + (n % 3) * 6} t/uge", earliest_start=f"{n % 27 + 1:02d}-01-2027",
        commute=f"{5 + n * 3} km, ca. {10 + n * 4} min i bil",
        measures=["Virksomhedspraktik", "Løntilskud", "Jobrotation"][: 1 + n % 3],
        reasons=["Matcher 6 af 8 ønskede kompetencer, herunder truckcertifikat og lagerstyring.",
                 f"Bor {5 + n * 3} km fra arbejdsstedet, inden for den ønskede afstand.",
                 "Kan starte før virksomhedens ønskede startdato."],
        score_parts=[("Kompetencer", 0.75, 0.5), ("Afstand", 0.6, 0.2), ("Timer", 0.9, 0.2),
                     ("Certifikater", 1.0, 0.1)],
    )


def shortlist(variant: str, count: int = 20) -> ShortlistDoc:
    return ShortlistDoc(
        job_centre_name="Jobcenter Aarhus", company_name="Ølstykke Lager & Logistik A/S",
        company_address="Industrivej 12, 8200 Aarhus N",
        need_title="Lagermedarbejdere til nyt distributionscenter", need_occupation="Lagerarbejder",
        need_positions=3, need_hours="30-37 t/uge", need_start="01-02-2027", need_deadline="15-12-2026",
        need_measures=["Virksomhedspraktik", "Løntilskud"], consultant_name="Anne Holm",
        consultant_email="anne.holm@example.dk", consultant_phone="87 13 00 00",
        date=dt.date(2026, 11, 4), variant=variant, entries=[entry(n) for n in range(1, count + 1)])


def from_store(path: str, need_ids: list[int], runs: int, top: int, report: Report) -> None:
    """Time build_doc (store + matcher -> ShortlistDoc) on a real store, the matcher built once as in the app."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication

    from db import matching_data
    from db.store import open_store
    from ui.services.shortlist_doc import ReportSettings, build_doc

    app = QCoreApplication.instance() or QCoreApplication(["bench"])  # noqa: F841 - translations need one
    db = open_store(path, create=False, passphrase=os.environ.get("JOBBRO_PASSPHRASE"))  # for an encrypted store
    start = time.perf_counter()
    matcher = matching_data.build_matcher(db)
    print(f"matcher built in {time.perf_counter() - start:.2f} s "
          f"({matcher.index.candidate_count} candidates, {matcher.index.need_count} open needs)")
    saved = dict(db.execute("SELECT need_id, count(*) FROM shortlist_entries GROUP BY need_id").fetchall()) \
        if db["shortlist_entries"].exists() else {}
    for need_id in need_ids:
        for variant in ("company", "internal"):
            times, entries = [], 0
            for _ in range(runs):
                start = time.perf_counter()
                doc = build_doc(db, matcher, need_id, variant=variant, top=top, report=ReportSettings("Jobcenter"))
                times.append(time.perf_counter() - start)
                entries = len(doc.entries)
            source = f"saved list of {saved[need_id]}" if need_id in saved else f"ranking, top {top}"
            print(f"need {need_id} {variant:9s} ({source}) -> {entries} entries: build_doc median "
                  f"{statistics.median(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms over {runs} runs")
            report.figure(f"need {need_id} {variant} build_doc, max", max(times) * 1000, "ms")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--candidates", type=int, default=20)
    parser.add_argument("--store", metavar="FILE", help="time build_doc on this store instead of rendering")
    parser.add_argument("--need", type=int, action="append", metavar="ID", help="need(s) for --store (repeat)")
    parser.add_argument("--top", type=int, default=20, help="ranking size for --store needs without a saved list")
    args = parser.parse_args()
    if args.store:
        # a different measurement (the document assembled from a store), which nobody promised a time for
        report = Report.open(f"{Path(__file__).name} --store")
        from_store(args.store, args.need or [1], args.runs, args.top, report)
        return report.finish()
    report = Report.open(__file__)
    render_shortlist(shortlist("company", 1), io.BytesIO())  # font registration is one-off; keep it out
    for variant in ("company", "internal"):
        doc = shortlist(variant, args.candidates)
        times, pages, size = [], 0, 0
        for _ in range(args.runs):
            out = io.BytesIO()
            start = time.perf_counter()
            pages = render_shortlist(doc, out).pages
            times.append(time.perf_counter() - start)
            size = len(out.getvalue())
        print(f"{variant:9s} {args.candidates} candidates, {pages} pages, {size / 1024:.0f} KiB: "
              f"median {statistics.median(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms "
              f"over {args.runs} runs")
        report.figure(f"{variant}, {args.candidates} candidates, median", statistics.median(times) * 1000, "ms")
        report.figure(f"{variant}, {args.candidates} candidates, max", max(times) * 1000, "ms")
    return report.finish()


if __name__ == "__main__":
    sys.exit(main())
