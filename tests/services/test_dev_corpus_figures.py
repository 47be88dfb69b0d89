"""As the acceptance check does it, on the ten plans of the dev corpus (../shared): import them,
detect, make a proposal with the defaults for every overlap, export everything, and compare
every figure of every export with ``proposal show --json``."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from kommunesamarbeid.cli import main
from kommunesamarbeid.core.money import format_nok
from kommunesamarbeid.core.texts import tr
from tests.conftest import shared_path

PLANS = {
    "stavanger_anskaffelsesplan_2026-2027.xlsx": "Stavanger kommune",
    "bergen_innkjopsplan_2026-2027.xlsx": "Bergen kommune",
    "ullensvang_innkjopsplan_2026-2027.csv": "Ullensvang kommune",
    "Ålesund kommune - anskaffelsesplan 2026-2027.xlsx": "Ålesund kommune",
    "molde_innkjopsplan_2026-27.xlsx": "Molde kommune",
    "baerum_anskaffelsesplan_2026-2027.xlsx": "Bærum kommune",
    "lillestrom_planlagte_anskaffelser_2026-2027.xlsx": "Lillestrøm kommune",
    "fredrikstad_kontraktsoversikt_og_plan_2026-2027.xlsx": "Fredrikstad kommune",
    "halden_anskaffelsesplan_2026-2027.xlsx": "Halden kommune",
    "kristiansand_anskaffelsesplan_2026-2027.xlsx": "Kristiansand kommune",
}


def _text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text() or "" for p in PdfReader(path).pages).split())


def _after(text: str, label: str) -> set[str]:
    return set(re.findall(re.escape(label) + r" (\d{1,3}(?: \d{3})* kr)", text))


def test_every_default_proposal_agrees_in_every_export(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = shared_path("corpus", "dev")
    db = str(tmp_path / "k.db")
    for file, name in PLANS.items():
        assert main(["--db", db, "import", str(corpus / file), "--municipality", name]) == 0
    assert main(["--db", db, "detect", "--json"]) == 0
    groups = json.loads(capsys.readouterr().out)["groups"]
    assert len(groups) >= 5
    # bokmål whatever the municipalities' målform (the fullmakts below follow each one's)
    overview_args = ["export", "overview-pdf", str(tmp_path / "oversikt.pdf"), "--maalform", "nb"]
    assert main(["--db", db, *overview_args]) == 0
    overview = _text(tmp_path / "oversikt.pdf")
    capsys.readouterr()
    for group in groups:
        assert main(["--db", db, "propose", str(group["id"]), "--json"]) == 0
        pid = json.loads(capsys.readouterr().out)["proposal"]["id"]
        assert main(["--db", db, "proposal", "show", str(pid), "--json"]) == 0
        shown = json.loads(capsys.readouterr().out)["proposal"]
        total, plan = shown["total_value_nok"], shown["plan_value_nok"]
        maximum = shown["maximum_value_nok"]
        assert total == sum(p["value_nok"] for p in shown["participants"])
        assert total >= plan or "BELOW_PLANS" in {w["code"] for w in shown["warnings"]}
        # the overview printed the same estimate for this group
        section = overview[overview.index(f"Overlapp {group['id']}:") :]
        assert f"Estimert samlet verdi {format_nok(total)}" in section

        out = tmp_path / str(pid)
        out.mkdir()
        args = ["export", "pdf", str(pid), str(out / "f.pdf"), "--maalform", "bokmaal"]
        assert main(["--db", db, *args]) == 0
        text = _text(out / "f.pdf")
        assert _after(text, "Estimert samlet verdi") == {format_nok(total)}
        assert _after(text, "Sum av planverdiene") == {format_nok(plan)}
        if maximum is not None:
            assert _after(text, "Maksimal verdi (rammeavtale)") == {format_nok(maximum)}
        for p in shown["participants"]:
            assert format_nok(p["value_nok"]) in text

        assert main(["--db", db, "export", "fullmakt", str(pid), str(out / "fm")]) == 0
        fullmakts = sorted((out / "fm").glob("*.pdf"))
        assert len(fullmakts) == len(shown["participants"])
        values = {format_nok(p["value_nok"]) for p in shown["participants"]}
        for path in fullmakts:
            fm = _text(path)  # in the municipality's own målform
            nynorsk = "Samla estimert verdi" in fm
            total_label = tr("doc.fullmakt.total_estimate", "nn" if nynorsk else "nb")
            own_label = tr("doc.fullmakt.own_estimate", "nn" if nynorsk else "nb")
            assert _after(fm, total_label) == {format_nok(total)}
            assert _after(fm, own_label) <= values

        assert main(["--db", db, "export", "ocds", str(pid), str(out / "o.json")]) == 0
        (release,) = json.loads((out / "o.json").read_text(encoding="utf-8"))["releases"]
        assert release["planning"]["budget"]["amount"]["amount"] == total
        upper = maximum if maximum is not None else total
        assert release["tender"]["value"]["amount"] == upper
        units = [i["unit"]["value"]["amount"] for i in release["tender"]["items"] if "unit" in i]
        assert sum(units) == total
        # the need text holds no amount of its own that could contradict the budget
        assert not re.search(r"\d kr", release["planning"].get("rationale", ""))

    assert main(["--db", db, "export", "xlsx", str(tmp_path / "samlet.xlsx")]) == 0
    rows = list(load_workbook(tmp_path / "samlet.xlsx")["Overlapp"].iter_rows(values_only=True))
    header = rows[0]
    by_id = {row[0]: dict(zip(header, row, strict=True)) for row in rows[1:]}
    assert main(["--db", db, "proposal", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)["proposals"]
    for item in listed:
        assert main(["--db", db, "proposal", "show", str(item["id"]), "--json"]) == 0
        shown = json.loads(capsys.readouterr().out)["proposal"]
        row = by_id[item["group_id"]]
        assert row["Estimert verdi som forslag (kr)"] == shown["total_value_nok"]
        assert row["Sum planverdier (kr)"] == shown["plan_value_nok"]
