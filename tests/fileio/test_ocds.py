"""The OCDS planning release of a proposal: schema, mapping, JSON text, and the release
package validated by the standard's own data review tool (libcoveocds, schema 1.1.5, offline)."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kommunesamarbeid.core.proposal import (
    Evaluation,
    LotData,
    MilestoneData,
    MilestoneKind,
    ParticipantData,
    ProposalData,
    ProposalLineData,
)
from kommunesamarbeid.core.proposal_rules import evaluate
from kommunesamarbeid.core.thresholds import default_thresholds
from kommunesamarbeid.core.value_model import model_of
from kommunesamarbeid.fileio.ocds import (
    ocds_release_package,
    oslo_midnight,
    proposal_to_ocds_release,
    write_ocds,
)
from kommunesamarbeid.paths import resource_path

SCHEMA_PATH = (
    Path(__file__).resolve().parents[1] / "fixtures" / "ocds" / "release-schema-subset.json"
)
PUBLISHED = dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.UTC)
SHIPPED_THRESHOLDS = default_thresholds(
    json.loads(resource_path("thresholds.json").read_text(encoding="utf-8"))
)
#: RFC 3339 date-time (what OCDS's "format": "date-time" means), with a time zone.
_RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$", re.ASCII)

_format_checker = jsonschema.FormatChecker(formats=())


@_format_checker.checks("date-time", raises=ValueError)
def _is_date_time(value: object) -> bool:
    if not isinstance(value, str):
        return True
    if not _RFC3339.match(value):
        raise ValueError(f"not an RFC 3339 date-time with time zone: {value!r}")
    dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    return True


@pytest.fixture(scope="module")
def validator() -> jsonschema.protocols.Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    assert cls is jsonschema.Draft4Validator
    return cls(schema, format_checker=_format_checker)


def _errors(validator: jsonschema.protocols.Validator, release: dict[str, Any]) -> list[str]:
    return [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
        for e in validator.iter_errors(release)
    ]


# ---------------------------------------------------------------------------------------------
# sample data, built directly from the dataclasses


def _line(line_id: int, **kw: Any) -> ProposalLineData:
    base: dict[str, Any] = {
        "description": f"Linje {line_id}",
        "annual_value_nok": 100_000,
        "total_value_nok": 400_000,
        "contract_years": 2.0,
        "option_years": 2.0,
    }
    base.update(kw)
    return ProposalLineData(line_id=line_id, **base)


def sample_proposal(**kw: Any) -> ProposalData:
    participants = (
        ParticipantData(
            municipality_id=1,
            name="Ås kommune",
            kommunenummer="3218",
            organisasjonsnummer="964 948 798",
            contact_name="Kari Nordmann",
            contact_email="kari@example.no",
            lines=(
                _line(
                    11,
                    description="Vaskeritjenester <helse & omsorg>",
                    cpv="98310000-9",
                    cpv_label="Vaske- og renseritjenester",
                ),
                _line(12, description="Arbeidstøy", cpv="18100000"),
            ),
        ),
        ParticipantData(
            municipality_id=2,
            name="Frogn kommune",
            organisasjonsnummer="963999089",
            lines=(_line(21, description="Vask av tøy", cpv="98310000"),),
        ),
        ParticipantData(
            municipality_id=3,
            name="Nesodden kommune",
            lines=(
                _line(
                    31,
                    description="Tekstilvask (uten CPV)",
                    total_value_nok=None,
                    annual_value_nok=None,
                ),
            ),
        ),
    )
    base: dict[str, Any] = {
        "id": 7,
        "reference": "FA-2026-007",
        "title": "Felles avtale om vaskeritjenester – æøå ÆØÅ",
        "need_description": "Kommunene trenger vask av tøy & tekstiler <alle enheter>.",
        "host_municipality_id": 1,
        "participants": participants,
        "lots": (
            LotData(number=1, title="Ås", municipality_ids=(1,)),
            LotData(number=2, title="Frogn og Nesodden", municipality_ids=(2, 3)),
        ),
        "milestones": (
            MilestoneData(MilestoneKind.MARKET_DIALOGUE, "Markedsdialog", dt.date(2026, 4, 15)),
            MilestoneData(
                MilestoneKind.FULLMAKT_DEADLINE, "Frist for fullmakt", dt.date(2026, 5, 1), True
            ),
            MilestoneData(MilestoneKind.ANNOUNCEMENT, "Kunngjøring", dt.date(2026, 6, 1)),
            MilestoneData(MilestoneKind.OTHER, "", None, note="Dato ikke satt"),
        ),
        "contract_years": 2.0,
        "option_years": 2.0,
        "planned_contract_start": dt.date(2027, 1, 1),
    }
    base.update(kw)
    return ProposalData(**base)


def sample_evaluation(proposal: ProposalData | None = None) -> Evaluation:
    """The rules engine's evaluation of the sample (the writer prints its value model)."""
    return evaluate(proposal or sample_proposal(), SHIPPED_THRESHOLDS, today=PUBLISHED.date())


def _release(**kw: Any) -> dict[str, Any]:
    proposal = sample_proposal(**kw)
    return proposal_to_ocds_release(proposal, sample_evaluation(proposal), published=PUBLISHED)


# ---------------------------------------------------------------------------------------------
# schema


def test_the_schema_file_says_what_it_covers() -> None:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    assert schema["$schema"] == "http://json-schema.org/draft-04/schema#"
    assert any("OCDS 1.2" in line for line in schema["$comment"])
    assert "NOK" in schema["definitions"]["currency"]["enum"]


def test_release_is_valid(validator: jsonschema.protocols.Validator) -> None:
    assert _errors(validator, _release()) == []


def test_the_schema_rejects_bad_releases(validator: jsonschema.protocols.Validator) -> None:
    """The checks bite: a wrong code, a missing field or a field the subset does not know."""
    good = _release()
    broken: list[dict[str, Any]] = []
    for path, value in [
        (("tag",), ["planlegging"]),
        (("initiationType",), "auction"),
        (("tender", "status"), "draft"),
        (("planning", "milestones", 0, "type"), "dialogue"),
        (("planning", "milestones", 0, "status"), "done"),
        (("parties", 0, "roles"), ["kjøper"]),
        (("tender", "mainProcurementCategory"), "supplies"),
        (("tender", "value", "currency"), "KR"),
        (("tender", "value", "amount"), "1 600 000"),
        (("date",), "2026-03-02T09:30:00"),
        (("tender", "items", 0, "classification", "id"), "9831"),
        (("tender", "surprise"), True),
    ]:
        release = json.loads(json.dumps(good))
        target: Any = release
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
        broken.append(release)
    for field in ("ocid", "id", "date", "tag", "initiationType"):
        release = json.loads(json.dumps(good))
        del release[field]
        broken.append(release)
    for release in broken:
        assert _errors(validator, release), release


def test_minimal_proposal_is_valid(validator: jsonschema.protocols.Validator) -> None:
    proposal = ProposalData(id=1, reference="F 1", title="Tomt forslag")
    release = proposal_to_ocds_release(proposal, sample_evaluation(proposal), published=PUBLISHED)
    assert _errors(validator, release) == []
    assert "buyer" not in release
    assert release["tender"]["value"] == {"amount": 0, "currency": "NOK"}
    assert release["ocid"] == "ocds-kommunesamarbeid-F-1"


# ---------------------------------------------------------------------------------------------
# mapping


def test_release_identity_and_date() -> None:
    release = _release()
    assert release["ocid"] == "ocds-kommunesamarbeid-FA-2026-007"
    assert release["id"].startswith(release["ocid"])
    assert "#" not in release["id"]
    assert release["date"] == "2026-03-02T09:30:00+00:00"
    assert release["tag"] == ["planning"]
    assert release["initiationType"] == "tender"
    assert release["language"] == "nb"
    assert release["tender"]["status"] == "planning"


def test_ocid_prefix_and_local_time_zone() -> None:
    oslo = dt.timezone(dt.timedelta(hours=1))
    release = proposal_to_ocds_release(
        sample_proposal(),
        sample_evaluation(),
        ocid_prefix="ocds-abc123",
        published=dt.datetime(2026, 3, 2, 10, 30, tzinfo=oslo),
    )
    assert release["ocid"] == "ocds-abc123-FA-2026-007"
    assert release["date"] == "2026-03-02T10:30:00+01:00"
    assert release["id"].endswith("20260302T093000Z")


def test_published_without_time_zone_is_refused() -> None:
    with pytest.raises(ValueError, match="tidssone"):
        proposal_to_ocds_release(
            sample_proposal(), sample_evaluation(), published=dt.datetime(2026, 3, 2, 9, 30)
        )


def test_one_party_per_participant() -> None:
    release = _release()
    parties = release["parties"]
    assert [p["name"] for p in parties] == ["Ås kommune", "Frogn kommune", "Nesodden kommune"]
    assert len({p["id"] for p in parties}) == 3
    aas, frogn, nesodden = parties
    assert aas["id"] == "NO-BRC-964948798"
    assert aas["identifier"] == {
        "scheme": "NO-BRC",
        "id": "964948798",
        "legalName": "Ås kommune",
    }
    assert aas["contactPoint"] == {"name": "Kari Nordmann", "email": "kari@example.no"}
    assert frogn["identifier"]["id"] == "963999089"
    assert "identifier" not in nesodden
    assert nesodden["id"] == "kommune-3"


def test_invalid_orgnr_gives_no_identifier() -> None:
    participant = ParticipantData(
        municipality_id=8, name="Testkommune", kommunenummer="3299", organisasjonsnummer="123456789"
    )
    release = _release(participants=(participant,), host_municipality_id=8)
    (party,) = release["parties"]
    assert "identifier" not in party
    assert party["id"] == "kommunenummer-3299"
    assert release["buyer"] == {"id": "kommunenummer-3299", "name": "Testkommune"}


def test_buyer_and_procuring_entity_are_the_host() -> None:
    release = _release()
    host = {"id": "NO-BRC-964948798", "name": "Ås kommune"}
    assert release["buyer"] == host
    assert release["tender"]["procuringEntity"] == host
    roles = {p["name"]: p["roles"] for p in release["parties"]}
    assert roles == {
        "Ås kommune": ["buyer", "procuringEntity"],
        "Frogn kommune": ["buyer"],
        "Nesodden kommune": ["buyer"],
    }
    party_ids = {p["id"] for p in release["parties"]}
    assert release["buyer"]["id"] in party_ids


def test_host_that_is_not_a_participant_gives_no_buyer() -> None:
    release = _release(host_municipality_id=99)
    assert "buyer" not in release
    assert "procuringEntity" not in release["tender"]
    assert all(p["roles"] == ["buyer"] for p in release["parties"])


def test_values_are_numbers_from_the_evaluation() -> None:
    release = _release()
    model = model_of(sample_evaluation())
    tender_value = release["tender"]["value"]
    # a framework agreement: the upper estimate is its maximum (here: not set, = the estimate)
    assert tender_value == {"amount": model.maximum_nok, "currency": "NOK"}
    assert isinstance(tender_value["amount"], int)
    budget = release["planning"]["budget"]
    assert budget["amount"] == {"amount": 1_200_000, "currency": "NOK"}  # 3 lines x 400 000
    assert budget["amount"]["amount"] == model.estimated_nok
    assert "minimum" in budget["description"]  # one participant's value is incomplete
    items = {i["id"]: i for i in release["tender"]["items"]}
    assert items["11"]["unit"]["value"] == {"amount": 400_000, "currency": "NOK"}
    assert "unit" not in items["31"]  # no value
    assert release["planning"]["rationale"].startswith("Kommunene trenger vask")


def test_milestones() -> None:
    milestones = _release()["planning"]["milestones"]
    assert [m["type"] for m in milestones] == [
        "engagement",
        "approval",
        "preProcurement",
        "preProcurement",
    ]
    assert [m["status"] for m in milestones] == ["scheduled", "met", "scheduled", "scheduled"]
    assert milestones[0]["dueDate"] == "2026-04-15T00:00:00+02:00"
    assert milestones[0]["title"] == "Markedsdialog"
    assert milestones[3]["title"] == "Annet"  # no title: the kind's label
    assert "dueDate" not in milestones[3]
    assert milestones[3]["description"] == "Dato ikke satt"
    assert len({m["id"] for m in milestones}) == len(milestones)


def test_contract_period_with_options() -> None:
    period = _release()["tender"]["contractPeriod"]
    assert period == {
        "startDate": "2027-01-01T00:00:00+01:00",
        "endDate": "2029-01-01T00:00:00+01:00",
        "maxExtentDate": "2031-01-01T00:00:00+01:00",
        "durationInDays": 731,
    }


def test_contract_period_variants() -> None:
    half = _release(contract_years=1.5, option_years=None)["tender"]["contractPeriod"]
    assert half == {
        "startDate": "2027-01-01T00:00:00+01:00",
        "endDate": "2028-07-01T00:00:00+02:00",
        "durationInDays": 547,
    }
    no_start = _release(planned_contract_start=None)["tender"]["contractPeriod"]
    assert no_start == {"durationInDays": 1461}  # 2 + 2 years
    # without a period of its own the proposal has the longest line's: 2 + 2 years
    from_lines = _release(contract_years=None)["tender"]["contractPeriod"]
    assert from_lines == _release()["tender"]["contractPeriod"]
    assert from_lines["maxExtentDate"] == "2031-01-01T00:00:00+01:00"
    no_years = _release(
        contract_years=None,
        participants=(ParticipantData(1, "Ås kommune", lines=(_line(1, contract_years=None),)),),
    )
    assert no_years["tender"]["contractPeriod"] == {"startDate": "2027-01-01T00:00:00+01:00"}
    nothing = _release(
        contract_years=None,
        planned_contract_start=None,
        participants=(ParticipantData(1, "Ås kommune", lines=(_line(1, contract_years=None),)),),
    )
    assert "contractPeriod" not in nothing["tender"]


def test_contract_start_from_milestone() -> None:
    milestones = (MilestoneData(MilestoneKind.CONTRACT_START, "Oppstart", dt.date(2027, 8, 1)),)
    period = _release(planned_contract_start=None, milestones=milestones)["tender"][
        "contractPeriod"
    ]
    assert period["startDate"] == "2027-08-01T00:00:00+02:00"


def test_items_carry_cpv_and_lot() -> None:
    items = {i["id"]: i for i in _release()["tender"]["items"]}
    assert set(items) == {"11", "12", "21", "31"}
    assert items["11"]["classification"] == {
        "scheme": "CPV",
        "id": "98310000",
        "description": "Vaske- og renseritjenester",
    }
    assert items["12"]["classification"] == {"scheme": "CPV", "id": "18100000"}
    assert items["21"]["classification"]["id"] == "98310000"
    assert "classification" not in items["31"]
    assert items["11"]["description"] == "Ås kommune: Vaskeritjenester <helse & omsorg>"
    assert {k: v["relatedLot"] for k, v in items.items()} == {
        "11": "1",
        "12": "1",
        "21": "2",
        "31": "2",
    }


def test_lots() -> None:
    lots = _release()["tender"]["lots"]
    assert lots == [
        {
            "id": "1",
            "title": "Ås",
            "status": "planning",
            "value": {"amount": 800_000, "currency": "NOK"},
        },
        {
            "id": "2",
            "title": "Frogn og Nesodden",
            "status": "planning",
            # Nesodden's line has no value: only Frogn's 400 000
            "value": {"amount": 400_000, "currency": "NOK"},
        },
    ]
    release = _release(lots=())
    assert "lots" not in release["tender"]
    assert all("relatedLot" not in i for i in release["tender"]["items"])


@pytest.mark.parametrize(
    ("kind", "category"),
    [
        ("supplies", "goods"),
        ("services", "services"),
        ("special_services", "services"),
        ("works", "works"),
    ],
)
def test_main_procurement_category(kind: str, category: str) -> None:
    proposal = sample_proposal(contract_kind=kind)
    evaluation = sample_evaluation(proposal)
    release = proposal_to_ocds_release(proposal, evaluation, published=PUBLISHED)
    assert evaluation.contract_kind == kind
    assert release["tender"]["mainProcurementCategory"] == category
    assert release["tender"]["procurementMethodDetails"] == evaluation.procedure_label


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (dt.date(2026, 1, 15), "2026-01-15T00:00:00+01:00"),
        (dt.date(2026, 3, 29), "2026-03-29T00:00:00+01:00"),  # summer time starts 02:00
        (dt.date(2026, 3, 30), "2026-03-30T00:00:00+02:00"),
        (dt.date(2026, 10, 25), "2026-10-25T00:00:00+02:00"),  # summer time ends 03:00
        (dt.date(2026, 10, 26), "2026-10-26T00:00:00+01:00"),
        (dt.date(2027, 7, 1), "2027-07-01T00:00:00+02:00"),
    ],
)
def test_oslo_midnight(day: dt.date, expected: str) -> None:
    assert oslo_midnight(day) == expected


# ---------------------------------------------------------------------------------------------
# the JSON file


def test_written_file_is_utf8_without_escapes(
    tmp_path: Path, validator: jsonschema.protocols.Validator
) -> None:
    out = tmp_path / "forslag.json"
    write_ocds(sample_proposal(), sample_evaluation(), out, published=PUBLISHED)
    raw = out.read_bytes()
    text = raw.decode("utf-8")
    assert "æøå ÆØÅ" in text
    assert "Ås kommune" in text
    assert "\\u00e6" not in text and "\\u00c5" not in text
    assert "<helse & omsorg>" in text  # "<" and "&" as they are, not escaped
    package = json.loads(text)
    assert package == ocds_release_package(
        sample_proposal(), sample_evaluation(), published=PUBLISHED
    )
    (release,) = package["releases"]
    assert release["planning"]["rationale"] == (
        "Kommunene trenger vask av tøy & tekstiler <alle enheter>."
    )
    assert _errors(validator, release) == []


def test_write_replaces_an_existing_file(tmp_path: Path) -> None:
    out = tmp_path / "forslag.json"
    out.write_text("gammelt innhold som er lengre enn det nye " * 200, encoding="utf-8")
    write_ocds(sample_proposal(), sample_evaluation(), out, published=PUBLISHED)
    assert json.loads(out.read_text(encoding="utf-8"))["releases"][0]["tag"] == ["planning"]


_texts = st.text(
    alphabet=st.characters(exclude_categories=["Cs"]),
    max_size=40,
)


@settings(max_examples=60, deadline=None)
@given(title=_texts, need=_texts, description=_texts, name=_texts)
def test_any_text_round_trips(title: str, need: str, description: str, name: str) -> None:
    participant = ParticipantData(
        municipality_id=5,
        name=name or "X",
        lines=(_line(1, description=description or "Y", cpv="45000000"),),
    )
    proposal = sample_proposal(
        title=title, need_description=need, participants=(participant,), host_municipality_id=5
    )
    release = proposal_to_ocds_release(proposal, sample_evaluation(proposal), published=PUBLISHED)
    text = json.dumps(release, ensure_ascii=False)
    back = json.loads(text)
    assert back == release
    assert back["tender"].get("title", "") == title
    assert back["planning"].get("rationale", "") == need
    assert back["parties"][0]["name"] == (name or "X")


# ---------------------------------------------------------------------------------------------
# the release package and the standard's data review tool

STANDARD_ZIP = (
    Path(__file__).resolve().parents[1] / "fixtures" / "ocds" / "ocds-standard-1__1__5-schema.zip"
)


def test_release_package_fields() -> None:
    package = ocds_release_package(sample_proposal(), sample_evaluation(), published=PUBLISHED)
    assert set(package) == {"uri", "publishedDate", "publisher", "version", "releases"}
    assert package["version"] == "1.1"
    assert package["publishedDate"] == "2026-03-02T09:30:00+00:00"
    assert package["publisher"] == {"name": "kommunesamarbeid"}
    (release,) = package["releases"]
    assert package["uri"] == f"urn:{release['id']}"


def _review(tmp_path: Path, package: dict[str, Any]) -> dict[str, Any]:
    """libcoveocds on ``package``, offline: the schema comes from the zip in tests/fixtures."""
    libcoveocds_api = pytest.importorskip("libcoveocds.api")
    from libcoveocds.config import LibCoveOCDSConfig

    path = tmp_path / "pakke.json"
    path.write_text(json.dumps(package, ensure_ascii=False), encoding="utf-8")
    config = LibCoveOCDSConfig()
    config.config["standard_zip"] = STANDARD_ZIP.as_uri()
    config.config["context"] = "api"
    work = tmp_path / "cove"
    work.mkdir()
    result: dict[str, Any] = libcoveocds_api.ocds_json_output(
        str(work), str(path), "1.1", convert=False, lib_cove_ocds_config=config
    )
    return result


@pytest.mark.parametrize(
    "changes",
    [
        {},
        {"lots": ()},
        {"participants": (), "host_municipality_id": None},
        {"contract_kind": "works", "is_framework": False},
    ],
    ids=["sample", "no-lots", "empty", "works"],
)
def test_libcoveocds_finds_no_validation_errors(tmp_path: Path, changes: dict[str, Any]) -> None:
    proposal = sample_proposal(**changes)
    package = ocds_release_package(proposal, sample_evaluation(proposal), published=PUBLISHED)
    result = _review(tmp_path, package)
    assert result["version_used"] == "1.1"
    assert result["validation_errors"] == []
    # the only fields outside the core schema are the Lots extension's
    extra = {(f["path"], f["field"]) for f in result["additional_fields"]}
    assert extra <= {("/releases/tender", "lots"), ("/releases/tender/items", "relatedLot")}


def test_libcoveocds_reports_a_broken_package(tmp_path: Path) -> None:
    """The check bites: a wrong code and a missing required field are validation errors."""
    package = ocds_release_package(sample_proposal(), sample_evaluation(), published=PUBLISHED)
    del package["releases"][0]["ocid"]
    package["releases"][0]["tender"]["value"]["amount"] = "1 600 000"
    result = _review(tmp_path, package)
    assert len(result["validation_errors"]) >= 2
