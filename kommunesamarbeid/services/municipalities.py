"""Municipalities: add (idempotently), change, list, and resolve a name or number.

What the national list knows (number, county, målform) is filled in when a municipality is
added by a name or number the list recognises without doubt; a user's own value always wins.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kommunesamarbeid.core.errors import BadValueError, NotFoundError
from kommunesamarbeid.core.municipality_register import (
    Maalform,
    MunicipalityFact,
    MunicipalityRegister,
    parse_maalform,
    parse_register,
)
from kommunesamarbeid.core.orgnr import is_valid_orgnr, normalise_kommunenummer, normalise_orgnr
from kommunesamarbeid.core.problems import RefusedInputError
from kommunesamarbeid.db.engine import Database
from kommunesamarbeid.db.models import ImportBatch, Municipality, PlannedPurchase
from kommunesamarbeid.paths import resource_path
from kommunesamarbeid.services import audit
from kommunesamarbeid.services.context import Actor, require_coordinator, require_municipality
from kommunesamarbeid.services.versions import locked, refuse_stale, stamp


@functools.cache
def municipality_register() -> MunicipalityRegister:
    """The shipped national list of municipalities (read once)."""
    path = resource_path("municipalities", "kommuner_2025.csv")
    return parse_register(path.read_text(encoding="utf-8"))


def register_fact(m: Municipality) -> MunicipalityFact | None:
    """What the national list says about this municipality (by number, else unambiguous name)."""
    register = municipality_register()
    if m.kommunenummer:
        return register.by_number(m.kommunenummer)
    return register.find(m.name, county=m.county)


def effective_maalform(m: Municipality) -> Maalform:
    """The municipality's målform: its own setting, else the national list, else neutral."""
    if m.maalform:
        parsed = parse_maalform(m.maalform)
        if parsed is not None:
            return parsed
    fact = register_fact(m)
    return fact.maalform if fact is not None else Maalform.NEUTRAL


@dataclass(frozen=True, slots=True)
class MunicipalityInfo:
    id: int
    name: str
    kommunenummer: str | None
    organisasjonsnummer: str | None
    county: str | None
    active_lines: int = 0
    #: "bokmaal", "nynorsk" or "neutral" (neutral municipalities get bokmål documents).
    maalform: str = Maalform.NEUTRAL.value
    #: True when the målform was set for this municipality, False when from the national list.
    maalform_set: bool = False
    #: The row's version: pass it back when saving (``municipality set --version``).
    version: int = 1
    #: The plan's version: the id of its latest import (0: never imported); ``import
    #: --plan-version`` takes it back.
    plan_version: int = 0

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "name": self.name,
            "number": self.kommunenummer,
            "orgnr": self.organisasjonsnummer,
            "county": self.county,
            "maalform": self.maalform,
            "active_lines": self.active_lines,
            "version": self.version,
            "plan_version": self.plan_version,
        }


def _info(m: Municipality, active_lines: int = 0, plan_version: int = 0) -> MunicipalityInfo:
    return MunicipalityInfo(
        m.id,
        m.name,
        m.kommunenummer,
        m.organisasjonsnummer,
        m.county,
        active_lines,
        maalform=effective_maalform(m).value,
        maalform_set=bool(m.maalform),
        version=m.version,
        plan_version=plan_version,
    )


def _name_key(name: str) -> str:
    """Names compare without case and without a trailing "kommune"."""
    key = " ".join(name.split()).casefold()
    for suffix in (" kommune", " kommune.", " herad"):
        if key.endswith(suffix):
            key = key[: -len(suffix)]
    return key


def find_municipality(session: Session, name_or_number: str) -> Municipality | None:
    """By kommunenummer (4 digits, or 3 with the leading zero lost) or by name."""
    text = name_or_number.strip()
    number = normalise_kommunenummer(text) if text.isdigit() else None
    if number is not None:
        found = session.scalar(select(Municipality).where(Municipality.kommunenummer == number))
        if found is not None:
            return found
    key = _name_key(text)
    for m in session.scalars(select(Municipality)):
        if _name_key(m.name) == key:
            return m
    return None


def _validated(
    name: str, number: str | None, orgnr: str | None
) -> tuple[str, str | None, str | None]:
    clean_name = " ".join(name.split())
    if not clean_name:
        raise RefusedInputError("Kommunen må ha et navn.")
    if len(clean_name) > 200:
        raise RefusedInputError("Kommunenavnet er for langt (mer enn 200 tegn).", value=name)
    clean_number = None
    if number:
        clean_number = normalise_kommunenummer(number)
        if clean_number is None:
            raise RefusedInputError(
                "Ugyldig kommunenummer: det skal være fire siffer, f.eks. 3818.", value=number
            )
    clean_orgnr = None
    if orgnr:
        clean_orgnr = normalise_orgnr(orgnr)
        if clean_orgnr is None or not is_valid_orgnr(clean_orgnr):
            raise RefusedInputError(
                "Ugyldig organisasjonsnummer: det skal være ni siffer med gyldig "
                "kontrollsiffer (modulus 11).",
                value=orgnr,
            )
    return clean_name, clean_number, clean_orgnr


def ensure_municipality(
    session: Session,
    actor: Actor,
    name: str,
    *,
    number: str | None = None,
    orgnr: str | None = None,
    county: str | None = None,
) -> tuple[Municipality, bool]:
    """The municipality with this name (or number), created if missing. Idempotent."""
    clean_name, clean_number, clean_orgnr = _validated(name, number, orgnr)
    existing = find_municipality(session, clean_number or clean_name)
    if existing is None and clean_number:
        existing = find_municipality(session, clean_name)
    if existing is not None:
        changes: dict[str, object] = {}
        for attr, new in (
            ("kommunenummer", clean_number),
            ("organisasjonsnummer", clean_orgnr),
            ("county", county),
        ):
            old = getattr(existing, attr)
            if new and old and old != new:
                raise RefusedInputError(
                    f"{existing.name} er allerede registrert med {attr} {old}, ikke {new}.",
                    value=new,
                )
            if new and not old:
                setattr(existing, attr, new)
                changes[attr] = [old, new]
        if changes:
            require_municipality(actor, existing.id, existing.name, "endre opplysningene om")
            existing.updated_by = actor.user
            audit.record(
                session,
                actor,
                entity_type="municipality",
                entity_id=existing.id,
                action="update",
                municipality_id=existing.id,
                changes=changes,
            )
        return existing, False
    require_coordinator(actor, f"legge til kommunen «{clean_name}»")
    for attr, value in (("kommunenummer", clean_number), ("organisasjonsnummer", clean_orgnr)):
        if value and session.scalar(
            select(Municipality).where(getattr(Municipality, attr) == value)
        ):
            raise RefusedInputError(
                f"En annen kommune er allerede registrert med {attr} {value}.", value=value
            )
    register = municipality_register()
    fact = (
        register.by_number(clean_number)
        if clean_number
        else register.find(clean_name, county=county)
    )
    if fact is not None and clean_number is None:
        taken = session.scalar(
            select(Municipality).where(Municipality.kommunenummer == fact.number)
        )
        clean_number = None if taken is not None else fact.number
    created = Municipality(
        name=clean_name,
        kommunenummer=clean_number,
        organisasjonsnummer=clean_orgnr,
        county=county or (fact.county if fact is not None else None),
        created_by=actor.user,
        updated_by=actor.user,
    )
    session.add(created)
    session.flush()
    audit.record(
        session,
        actor,
        entity_type="municipality",
        entity_id=created.id,
        action="create",
        municipality_id=created.id,
        changes={"name": clean_name, "kommunenummer": clean_number, "orgnr": clean_orgnr},
    )
    return created, True


def add_municipality(
    db: Database,
    actor: Actor,
    name: str,
    *,
    number: str | None = None,
    orgnr: str | None = None,
    county: str | None = None,
) -> tuple[MunicipalityInfo, bool]:
    """Add a municipality (or return the existing one): (info, created)."""
    with db.session() as session:
        m, created = ensure_municipality(
            session, actor, name, number=number, orgnr=orgnr, county=county
        )
        return _info(m), created


def list_municipalities(db: Database) -> list[MunicipalityInfo]:
    """All municipalities by name, with their number of active lines."""
    with db.sessions() as session:
        counts = dict(
            session.execute(
                select(PlannedPurchase.municipality_id, func.count())
                .where(PlannedPurchase.status == "active")
                .group_by(PlannedPurchase.municipality_id)
            ).all()
        )
        rows = session.scalars(select(Municipality).order_by(Municipality.name)).all()
        plans = _plan_versions(session)
        return [_info(m, counts.get(m.id, 0), plans.get(m.id, 0)) for m in rows]


def _not_found(name_or_number: str) -> NotFoundError:
    return NotFoundError(
        f"Fant ingen kommune «{name_or_number}».",
        hint="Se navnene med «municipality list», eller legg den til med «municipality add».",
    )


def get_municipality(db: Database, name_or_number: str) -> MunicipalityInfo:
    """One municipality (by name or number) as it is now, with its version and plan version."""
    with db.sessions() as session:
        m = find_municipality(session, name_or_number)
        if m is None:
            raise _not_found(name_or_number)
        active = session.scalar(
            select(func.count()).where(
                PlannedPurchase.municipality_id == m.id, PlannedPurchase.status == "active"
            )
        )
        return _info(m, int(active or 0), _plan_versions(session).get(m.id, 0))


def _plan_versions(session: Session) -> dict[int, int]:
    """municipality id -> its plan's version: the id of its latest import."""
    return {
        int(mid): int(batch)
        for mid, batch in session.execute(
            select(ImportBatch.municipality_id, func.max(ImportBatch.id)).group_by(
                ImportBatch.municipality_id
            )
        )
    }


def update_municipality(
    db: Database,
    actor: Actor,
    name_or_number: str,
    *,
    number: str | None = None,
    orgnr: str | None = None,
    county: str | None = None,
    maalform: str | None = None,
    expected_version: int | None = None,
) -> MunicipalityInfo:
    """Change a municipality's facts (``municipality set``); an empty text clears a fact.

    ``expected_version`` is the version the user read: when someone saved the municipality
    since, nothing is written (``ConflictError`` naming who and when).
    """
    with db.session() as session:
        found = find_municipality(session, name_or_number)
        if found is None:
            raise _not_found(name_or_number)
        require_municipality(actor, found.id, found.name, "endre opplysningene om")
        # The right first: row-level security hides another municipality's row from a lock.
        m = locked(session, Municipality, found.id)
        if m is None:
            raise _not_found(name_or_number)
        refuse_stale(session, m.name, m, expected_version, entity=("municipality", m.id))
        changes: dict[str, object] = {}

        def change(attr: str, new: object) -> None:
            old = getattr(m, attr)
            if old != new:
                setattr(m, attr, new)
                changes[attr] = [old, new]

        if number is not None:
            clean = None
            if number.strip():
                _, clean, _ = _validated(m.name, number, None)
                other = session.scalar(
                    select(Municipality).where(
                        Municipality.kommunenummer == clean, Municipality.id != m.id
                    )
                )
                if other is not None:
                    raise BadValueError(
                        f"Kommunenummer {clean} er allerede brukt av {other.name}.",
                        field="kommunenummer",
                    )
            change("kommunenummer", clean)
            fact = municipality_register().by_number(clean) if clean else None
            if county is None and not m.county and fact is not None:
                change("county", fact.county)
        if orgnr is not None:
            clean_orgnr = None
            if orgnr.strip():
                _, _, clean_orgnr = _validated(m.name, None, orgnr)
                other = session.scalar(
                    select(Municipality).where(
                        Municipality.organisasjonsnummer == clean_orgnr, Municipality.id != m.id
                    )
                )
                if other is not None:
                    raise BadValueError(
                        f"Organisasjonsnummer {clean_orgnr} er allerede brukt av {other.name}.",
                        field="organisasjonsnummer",
                    )
            change("organisasjonsnummer", clean_orgnr)
        if county is not None:
            change("county", " ".join(county.split()) or None)
        if maalform is not None:
            parsed = parse_maalform(maalform) if maalform.strip() else None
            if maalform.strip() and parsed is None:
                raise BadValueError(
                    "Ukjent målform.",
                    field="maalform",
                    value=maalform,
                    expected="«nynorsk» eller «bokmaal» (eller «noytral»)",
                )
            change("maalform", parsed.value if parsed is not None else None)
        if changes:
            stamp(m, actor)
            audit.record(
                session,
                actor,
                entity_type="municipality",
                entity_id=m.id,
                action="update",
                municipality_id=m.id,
                changes=changes,
            )
        session.flush()
        return _info(m)
