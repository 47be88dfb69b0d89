"""The fields a person can set by name (``proposal set FIELD=VALUE``), one entry per field.

Each ``EditField`` says what the field is called (the name the command line takes), its
Norwegian label, what kind of value it holds, an example, and how typed text becomes the value
the service stores. ``proposal set --help`` prints this registry, and the command line reads
every assignment through it before anything is written, so a value that cannot be read is
refused with a message naming the field and an example (``BadValueError``).

To add a field: add one ``EditField`` to ``PROPOSAL_FIELDS`` (with a kind from ``KINDS`` or a
``choice_kind``) and let the service accept the ``target`` name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Final

from kommunesamarbeid.core.errors import BadValueError
from kommunesamarbeid.core.proposal import STATUS_LABELS, ClimateMode
from kommunesamarbeid.core.thresholds import CONTRACT_KIND_LABELS
from kommunesamarbeid.core.typed_values import (
    Choice,
    parse_choice,
    parse_typed_amount,
    parse_typed_date,
    parse_typed_option_years,
    parse_typed_percent,
    parse_typed_years,
    parse_yes_no,
)

__all__ = [
    "CLIMATE_MODE_CHOICES",
    "CONTRACT_KIND_CHOICES",
    "KINDS",
    "LINE_FIELDS",
    "PARTICIPANT_FIELDS",
    "PROPOSAL_FIELDS",
    "STATUS_CHOICES",
    "EditField",
    "ValueKind",
    "choice_kind",
    "help_table",
    "read_assignment",
]

#: A reader: (typed text, the field's label for messages) -> the value to store.
Reader = Callable[[str, str], object]


@dataclass(frozen=True, slots=True)
class ValueKind:
    """A kind of value: its Norwegian name (shown in help) and how to read typed text."""

    name: str
    read: Reader
    #: The allowed values of a choice, shown in help.
    choices: Mapping[str, Choice] | None = None


def _text(text: str, label: str) -> str:
    return text.strip()


def _required_text(text: str, label: str) -> str:
    value = text.strip()
    if not value:
        raise BadValueError(f"{label} kan ikke være tom", expected="en tekst")
    return value


def choice_kind(name: str, choices: Mapping[str, Choice]) -> ValueKind:
    """A kind whose values are the codes of ``choices``, typed as codes or Norwegian labels."""
    return ValueKind(name, lambda text, label: parse_choice(text, choices, label=label), choices)


KINDS: Final[dict[str, ValueKind]] = {
    "text": ValueKind("tekst", _text),
    "required_text": ValueKind("tekst", _required_text),
    "municipality": ValueKind("kommune", _required_text),
    "date": ValueKind("dato", lambda text, label: parse_typed_date(text, label=label)),
    "amount": ValueKind("beløp (kr)", lambda text, label: parse_typed_amount(text, label=label)),
    "years": ValueKind("år", lambda text, label: parse_typed_years(text, label=label)),
    "option_years": ValueKind(
        "opsjonsår", lambda text, label: parse_typed_option_years(text, label=label)
    ),
    "percent": ValueKind("prosent", lambda text, label: parse_typed_percent(text, label=label)),
    "yes_no": ValueKind("ja/nei", lambda text, label: parse_yes_no(text, label=label)),
}

#: The statuses of a proposal: code -> label (and words people use for them).
STATUS_CHOICES: Final[dict[str, Choice]] = {
    status.value: Choice(status.value, label) for status, label in STATUS_LABELS.items()
}

#: How climate and environment are taken care of (FOA § 7-9).
CLIMATE_MODE_CHOICES: Final[dict[str, Choice]] = {
    ClimateMode.CRITERIA.value: Choice(
        ClimateMode.CRITERIA.value,
        "Tildelingskriterier",
        ("kriterier", "kriterium", "tildelingskriterium", "vekt", "vekting", "vektet"),
    ),
    ClimateMode.REQUIREMENTS.value: Choice(
        ClimateMode.REQUIREMENTS.value,
        "Krav",
        ("krav i kravspesifikasjonen", "kravspesifikasjon", "kravspesifikasjonen", "spesifikasjon"),
    ),
}

#: The kind of contract (decides the EEA threshold); empty = decided from the lines.
CONTRACT_KIND_CHOICES: Final[dict[str, Choice]] = {
    "supplies": Choice("supplies", CONTRACT_KIND_LABELS["supplies"], ("vare", "varekjøp")),
    "services": Choice("services", CONTRACT_KIND_LABELS["services"], ("tjeneste",)),
    "works": Choice(
        "works",
        CONTRACT_KIND_LABELS["works"],
        ("bygg", "anlegg", "bygg og anlegg", "bygge og anleggsarbeid", "entreprise"),
    ),
    "special_services": Choice(
        "special_services",
        "særlige tjenester",
        ("særlige", "helse og sosial", "helse- og sosialtjenester", "sarlige tjenester"),
    ),
}


@dataclass(frozen=True, slots=True)
class EditField:
    """One field that can be set by name."""

    name: str
    label: str
    kind: ValueKind
    example: str
    #: The name the service takes, when it differs from ``name``.
    target: str | None = None

    def read(self, text: str) -> object:
        """The value to store for the typed text (raises ``BadValueError``)."""
        return self.kind.read(text, self.label)

    @property
    def stored_as(self) -> str:
        return self.target or self.name


def _registry(fields: Iterable[EditField]) -> dict[str, EditField]:
    return {f.name: f for f in fields}


PROPOSAL_FIELDS: Final[dict[str, EditField]] = _registry(
    (
        EditField("title", "Tittel", KINDS["required_text"], "Felles brøyting 2027–2031"),
        EditField("status", "Status", choice_kind("valg", STATUS_CHOICES), "sendt på høring"),
        EditField(
            "host",
            "Vertskommune",
            KINDS["municipality"],
            "Alver (navn eller kommunenummer)",
            target="host_municipality_id",
        ),
        EditField("is_framework", "Rammeavtale", KINDS["yes_no"], "ja"),
        EditField(
            "contract_kind",
            "Kontraktstype (tom: fra linjene)",
            choice_kind("valg", CONTRACT_KIND_CHOICES),
            "bygg",
        ),
        EditField(
            "maximum_value_nok",
            "Maksimal verdi for rammeavtalen (tom: lik anslått verdi)",
            KINDS["amount"],
            "2,5 mill",
        ),
        EditField("contract_years", "Avtaleperiode (år)", KINDS["years"], "2, 2,5 eller to"),
        EditField("option_years", "Opsjoner (år)", KINDS["option_years"], "1+1 eller 2"),
        EditField("planned_announcement", "Planlagt kunngjøring", KINDS["date"], "01.03.2027"),
        EditField("planned_contract_start", "Planlagt kontraktsstart", KINDS["date"], "1.9.27"),
        EditField(
            "climate_mode",
            "Klima og miljø ivaretas som",
            choice_kind("valg", CLIMATE_MODE_CHOICES),
            "kriterier eller krav",
        ),
        EditField("climate_weight_percent", "Vekt for klima og miljø", KINDS["percent"], "30 %"),
        EditField("need_description", "Behov", KINDS["text"], "«Kommunene trenger brøyting»"),
        EditField("climate_text", "Klima og miljø (tekst)", KINDS["text"], "«Krav om elbiler»"),
        EditField("innovation_text", "Innovasjon", KINDS["text"], "«Funksjonskrav»"),
        EditField("dialogue_text", "Markedsdialog", KINDS["text"], "«Dialogkonferanse i mai»"),
        EditField(
            "local_market_text",
            "Lokalt leverandørmarked",
            KINDS["text"],
            "«Én delkontrakt per kommune»",
        ),
        EditField("roles_text", "Roller", KINDS["text"], "«Alver leder arbeidet»"),
        EditField("risks_text", "Risiko", KINDS["text"], "«Få tilbydere i regionen»"),
        EditField(
            "no_lots_reason",
            "Begrunnelse for ingen delkontrakter",
            KINDS["text"],
            "«Ett samlet oppdrag»",
        ),
        EditField(
            "goals_text",
            "Mål og forventede virkninger (tom: standardtekst)",
            KINDS["text"],
            "«Lavere priser og lik kvalitet»",
        ),
        EditField(
            "procedure_text",
            "Prosedyre og begrunnelse (tom: standardtekst)",
            KINDS["text"],
            "«Åpen anbudskonkurranse fordi …»",
        ),
        EditField(
            "criteria_text",
            "Kvalifikasjonskrav og tildelingskriterier (tom: standardtekst)",
            KINDS["text"],
            "«Pris 40 %, kvalitet 30 %, klima 30 %»",
        ),
        EditField(
            "governance_text",
            "Organisering og beslutninger (tom: standardtekst)",
            KINDS["text"],
            "«Styringsgruppe med én per kommune»",
        ),
        EditField(
            "cost_sharing_text",
            "Kostnadsfordeling (tom: standardtekst)",
            KINDS["text"],
            "«Etter andel av verdien»",
        ),
        EditField(
            "contract_management_text",
            "Kontraktsoppfølging (tom: standardtekst)",
            KINDS["text"],
            "«Statusmøter to ganger i året»",
        ),
        EditField(
            "anchoring_text",
            "Politisk forankring (tom: standardtekst)",
            KINDS["text"],
            "«Behandlet i formannskapet»",
        ),
    )
)

#: A participant's contact and fullmakt (``proposal participant`` options).
PARTICIPANT_FIELDS: Final[dict[str, EditField]] = _registry(
    (
        EditField("fullmakt_signed_date", "Fullmakt signert", KINDS["date"], "31.12.2026"),
        EditField("signatory_name", "Signert av", KINDS["text"], "Kari Nordmann"),
        EditField("signatory_title", "Tittel for den som signerer", KINDS["text"], "Rådmann"),
        EditField("contact_name", "Kontaktperson", KINDS["text"], "Ola Nordmann"),
        EditField("contact_email", "E-post", KINDS["text"], "ola@kommune.no"),
    )
)


#: The fields of a planned-purchase line a person may change (``line set FIELD=VALUE``).
LINE_FIELDS: Final[dict[str, EditField]] = _registry(
    (
        EditField("description", "Beskrivelse", KINDS["required_text"], "«Brøyting av veier»"),
        EditField("cpv", "CPV-kode (tom: ingen)", KINDS["text"], "90620000 eller 90620000-9"),
        EditField("annual_value_nok", "Årlig verdi (kr)", KINDS["amount"], "450 000"),
        EditField("total_value_nok", "Samlet verdi (kr)", KINDS["amount"], "1,8 mill"),
        EditField("contract_years", "Avtaleperiode (år)", KINDS["years"], "2, 2,5 eller to"),
        EditField("option_years", "Opsjoner (år)", KINDS["option_years"], "1+1 eller 2"),
        EditField("period_start", "Tidspunkt fra", KINDS["date"], "01.03.2027"),
        EditField("period_end", "Tidspunkt til", KINDS["date"], "31.03.2027"),
        EditField("unit", "Enhet", KINDS["text"], "Teknisk drift"),
        EditField("contact", "Kontaktperson", KINDS["text"], "Kari Nordmann"),
        EditField("comments", "Merknader", KINDS["text"], "«Vurderes felles med nabokommunen»"),
    )
)


def read_assignment(registry: Mapping[str, EditField], name: str, text: str) -> object:
    """The value for ``name=text``; an unknown name is refused with the known names."""
    fld = registry.get(name.strip())
    if fld is None:
        known = ", ".join(registry)
        raise BadValueError(f"Ukjent felt «{name.strip()}»", expected=f"et av feltene {known}")
    return fld.read(text)


def help_table(registry: Mapping[str, EditField]) -> str:
    """The fields as a table for ``--help``: name, kind, label and an example."""
    width = max(len(f.name) for f in registry.values())
    kind_width = max(len(f.kind.name) for f in registry.values())
    lines = []
    for f in registry.values():
        lines.append(
            f"  {f.name:<{width}}  {f.kind.name:<{kind_width}}  {f.label}, f.eks. {f.example}"
        )
        if f.kind.choices:
            allowed = "; ".join(
                f"{c.label.lower()} ({code})" if c.label.lower() != code else code
                for code, c in f.kind.choices.items()
            )
            lines.append(f"  {'':<{width}}  {'':<{kind_width}}  verdier: {allowed}")
    return "\n".join(lines)
