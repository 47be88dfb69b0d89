"""Synthetic procurement plans for benchmarks: many municipalities, realistic wordings, noise.

    from bench.synthetic_plans import generate_lines
    lines, needs = generate_lines(20_000, municipalities=50, seed=1)

Every plan has one to three lines (lots, areas) for each of 35-60 common needs (snow clearing,
cleaning, IT equipment, ...), written in the many ways plans write them (prefixes, nynorsk, lot
and area suffixes, years, municipality names, typos, with or without CPV); the rest of the plan
is one-off projects and unique purchases (CPV catalogue labels when given, else made-up words). ``needs[line.id]`` is the need name (or "" for one-off lines), so the
same data can also give a rough quality number.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from kommunesamarbeid.core.overlap import MatchLine  # noqa: E402
from kommunesamarbeid.core.periods import Period  # noqa: E402


@dataclass(frozen=True)
class Need:
    name: str
    cpv: tuple[str, ...]
    wordings: tuple[str, ...]


NEEDS: tuple[Need, ...] = (
    Need(
        "winter",
        ("90620000",),
        (
            "Brøyting og strøing",
            "Vintervedlikehold av kommunale veier",
            "Vinterdrift veg",
            "Snørydding og strøing",
            "Brøyting, strøing og snørydding",
            "Vintervedlikehald av kommunale vegar",
        ),
    ),
    Need(
        "cleaning",
        ("90910000", "90911200", "90919300"),
        (
            "Renholdstjenester",
            "Renhold av kommunale bygg",
            "Reinhaldstenester",
            "Renhold av skoler og barnehager",
            "Kjøp av renholdstjenester",
        ),
    ),
    Need(
        "cleaning_products",
        ("39830000", "39800000"),
        (
            "Renholdsprodukter",
            "Renholdsmidler og tørkepapir",
            "Rengjøringsmidler og hygieneartikler",
        ),
    ),
    Need(
        "laundry",
        ("98310000",),
        (
            "Vaskeritjenester",
            "Vask og leie av tekstiler",
            "Vaskeritenester",
            "Leie og vask av arbeidsklær",
            "Vask av flattøy",
        ),
    ),
    Need(
        "office",
        ("30192000", "30190000"),
        (
            "Kontorrekvisita",
            "Kontorrekvisita og kopipapir",
            "Kontormateriell og skolemateriell",
            "Kopipapir og kontorartikler",
        ),
    ),
    Need(
        "it",
        ("30213000", "30200000"),
        (
            "PC-er og skjermer",
            "IKT-utstyr",
            "Klientutstyr (PC, nettbrett)",
            "Datamaskiner og nettbrett til skolene",
            "Elev-PC",
        ),
    ),
    Need(
        "printers",
        ("30232110", "79521000"),
        ("Multifunksjonsmaskiner og printere", "Utskriftstjenester", "Leie av kopimaskiner"),
    ),
    Need(
        "electricians",
        ("45310000", "50711000"),
        ("Elektrikertjenester", "Elektrikartenester", "Elektroinstallasjon og service"),
    ),
    Need("plumbers", ("45330000",), ("Rørleggertjenester", "Rørleggartenester", "VVS-tjenester")),
    Need(
        "carpenters",
        ("45420000",),
        ("Tømrertjenester", "Snekker- og tømrertjenester", "Håndverkertjenester bygg"),
    ),
    Need(
        "power",
        ("09310000",),
        ("Elektrisk kraft", "Kjøp av elektrisk kraft og porteføljeforvaltning", "Strømavtale"),
    ),
    Need("fuel", ("09134200",), ("Drivstoff", "Drivstoff og fyringsolje", "Diesel og bensin")),
    Need(
        "vehicles",
        ("34110000", "34144900"),
        ("Leasing av biler", "Elbiler til hjemmetjenesten", "Kjøretøy", "Tjenestebiler"),
    ),
    Need("tyres", ("34350000",), ("Dekk og dekkhotell", "Bildekk")),
    Need(
        "temp_health",
        ("79624000",),
        ("Vikartjenester helsepersonell", "Vikarer sykepleiere", "Bemanning helse"),
    ),
    Need(
        "interpreting",
        ("79540000",),
        ("Tolketjenester", "Tolketenester", "Skjermtolking og telefontolking"),
    ),
    Need(
        "school_furniture",
        ("39160000",),
        ("Skolemøbler", "Møbler til skole og barnehage", "Skulemøblar"),
    ),
    Need("toys", ("37520000",), ("Leker og formingsmateriell", "Formingsmateriell")),
    Need(
        "textbooks", ("22112000",), ("Læremidler", "Lærebøker og digitale læremidler", "Skolebøker")
    ),
    Need("food_dry", ("15800000",), ("Kolonialvarer", "Dagligvarer til storhusholdning")),
    Need("food_bread", ("15810000",), ("Brød og bakervarer",)),
    Need("food_dairy", ("15500000",), ("Meieriprodukter", "Melk og meieriprodukter")),
    Need("insurance", ("66510000",), ("Forsikringstjenester", "Skade- og personforsikring")),
    Need("audit", ("79212000",), ("Revisjon", "Forvaltningsrevisjon")),
    Need("legal", ("79100000",), ("Juridiske tjenester", "Advokattjenester")),
    Need("gravel", ("14210000",), ("Grus og pukk", "Grusmasser", "Strøsand og singel")),
    Need("salt", ("34927100",), ("Veisalt", "Vegsalt i bulk")),
    Need("asphalt", ("45233252",), ("Asfalt og asfaltarbeid", "Asfaltering")),
    Need("street_light", ("50232100",), ("Drift og vedlikehold av gatelys", "Veilys")),
    Need("waste", ("90500000",), ("Avfallshåndtering", "Renovasjon næringsavfall")),
    Need("hazardous_waste", ("90520000",), ("Farlig avfall", "Innsamling av farlig avfall")),
    Need("pest", ("90922000",), ("Skadedyrbekjempelse", "Skadedyrkontroll")),
    Need("security", ("79713000",), ("Vektertjenester", "Vakttjenester og alarmoverføring")),
    Need("lifts", ("50750000",), ("Service og kontroll av heiser", "Heisservice")),
    Need("fire_alarm", ("50413200",), ("Service på brannalarmanlegg", "Sprinkleranlegg service")),
    Need("ventilation", ("50712000",), ("Service av ventilasjonsanlegg",)),
    Need("medical", ("33140000",), ("Medisinsk forbruksmateriell", "Sykepleieartikler")),
    Need("incontinence", ("33751000",), ("Inkontinensprodukter",)),
    Need("beds", ("33192130",), ("Sykehjemssenger", "Senger til institusjoner")),
    Need("pharma", ("33600000",), ("Legemidler og multidose",)),
    Need("welfare_tech", ("33196000",), ("Trygghetsalarmer", "Velferdsteknologi")),
    Need("occupational_health", ("85147000",), ("Bedriftshelsetjeneste",)),
    Need("school_transport", ("60130000",), ("Skoleskyss", "Skuleskyss")),
    Need("taxi", ("60120000",), ("Drosjetjenester", "Tilrettelagt transport (TT)")),
    Need("workwear", ("18100000",), ("Arbeidsklær og verneutstyr", "Vernetøy og vernesko")),
    Need("building_materials", ("44110000",), ("Byggevarer", "Byggevarer og trelast")),
    Need("mobile", ("64212000",), ("Mobiltelefoni", "Mobilabonnement")),
    Need("network", ("32420000",), ("Nettverksutstyr", "Svitsjer og trådløst nett")),
    Need("licences", ("48000000",), ("Microsoft-lisenser", "Lisenser MS Office")),
    Need("consultants_it", ("72220000",), ("IKT-konsulenttjenester", "IT-konsulent")),
    Need("architect", ("71200000",), ("Arkitekttjenester",)),
    Need("project_mgmt", ("71541000",), ("Prosjektledelse og byggeledelse",)),
    Need("recruitment", ("79600000",), ("Rekrutteringstjenester", "Stillingsannonser")),
    Need("travel", ("63510000",), ("Reisebyråtjenester",)),
    Need("catering", ("55520000",), ("Catering og møtemat", "Kantinedrift")),
    Need("coffee", ("15860000",), ("Kaffe og kaffeautomater",)),
    Need("playground", ("37535200",), ("Lekeplassutstyr", "Kontroll av lekeplasser")),
    Need("park", ("77313000",), ("Parkdrift og grøntanlegg", "Gressklipping")),
    Need("road_marking", ("45233221",), ("Vegoppmerking", "Veimerking")),
    Need("water_meters", ("38421100",), ("Vannmålere",)),
)

PREFIXES = (
    "",
    "",
    "",
    "Rammeavtale ",
    "Rammeavtale for ",
    "Anskaffelse av ",
    "Kjøp av ",
    "Levering av ",
    "Anskaffelse - ",
    "Dynamisk innkjøpsordning - ",
)
SUFFIXES = (
    "",
    "",
    "",
    " – rammeavtale",
    " {year}",
    " {year}-{year2}",
    " {muni} kommune",
    " – rode {n}",
    " (område {n}{letter})",
    " – delkontrakt {n}",
    " til kommunale bygg",
)
PLACES = (
    "Nordby",
    "Sørli",
    "Haugen",
    "Bakkeli",
    "Solvang",
    "Elvestad",
    "Fjellheim",
    "Tangen",
    "Vika",
    "Moen",
    "Lia",
    "Dalen",
    "Berg",
    "Strand",
    "Åsen",
    "Holt",
    "Nes",
    "Lunde",
)
ONE_OFF = (
    "Rehabilitering av {place} skole",
    "Nytt sykehjem {place} – totalentreprise",
    "Byggeledelse {place} bru",
    "Prosjektering av {place} idrettshall",
    "Ombygging av {place} rådhus",
    "Ny barnehage {place} – grunnarbeid",
    "Utskifting av tak {place} kirke",
    "Rehabilitering {place} svømmehall",
)
WORDS_A = (
    "sensor",
    "lys",
    "lyd",
    "vann",
    "luft",
    "kart",
    "data",
    "sykkel",
    "båt",
    "kultur",
    "museum",
    "arkiv",
    "bibliotek",
    "kino",
    "turist",
    "hav",
    "fiske",
    "skog",
    "jord",
    "landbruk",
    "beite",
    "fjell",
    "tunnel",
    "bru",
    "kai",
    "brygge",
    "hytte",
    "camping",
    "scene",
    "konsert",
    "festival",
    "idrett",
    "svømme",
    "ski",
    "løype",
    "stadion",
)
WORDS_B = (
    "anlegg",
    "utstyr",
    "system",
    "tjenester",
    "analyse",
    "plan",
    "kartlegging",
    "rådgivning",
    "undersøkelse",
    "måling",
    "overvåking",
    "drift",
    "service",
    "installasjon",
    "leveranse",
    "programvare",
    "tilsyn",
    "prosjekt",
    "studie",
    "kurs",
)


def _period(rng: random.Random) -> Period:
    year = rng.choice((2026, 2026, 2027, 2027, 2028, 2029))
    kind = rng.random()
    if kind < 0.4:
        month = rng.randint(1, 12)
        last = (dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)).day
        return Period(dt.date(year, month, 1), dt.date(year, month, last))
    if kind < 0.8:
        quarter = rng.randint(0, 3)
        end_month = quarter * 3 + 3
        last = (dt.date(year + (end_month == 12), end_month % 12 + 1, 1) - dt.timedelta(days=1)).day
        return Period(dt.date(year, quarter * 3 + 1, 1), dt.date(year, end_month, last))
    return Period(dt.date(year, 1, 1), dt.date(year, 12, 31))


def _typo(text: str, rng: random.Random) -> str:
    if len(text) < 6 or rng.random() > 0.05:
        return text
    i = rng.randint(1, len(text) - 3)
    return text[:i] + text[i + 1] + text[i] + text[i + 2 :]


def _need_line(need: Need, muni: str, rng: random.Random) -> tuple[str, str | None]:
    wording = rng.choice(need.wordings)
    prefix = rng.choice(PREFIXES)
    if prefix and not prefix.endswith(" - "):
        wording = wording[0].lower() + wording[1:]
    year = rng.choice((2026, 2027, 2028))
    suffix = rng.choice(SUFFIXES).format(
        year=year, year2=year + 3, muni=muni, n=rng.randint(1, 6), letter=rng.choice("ABC")
    )
    text = _typo(prefix + wording + suffix, rng)
    cpv = rng.choice(need.cpv) if rng.random() < 0.7 else None
    return text, cpv


SYLLABLES = (
    "ka",
    "ro",
    "ve",
    "lin",
    "dus",
    "mar",
    "te",
    "sko",
    "bra",
    "fjo",
    "gul",
    "hes",
    "nor",
    "pil",
    "sta",
    "tor",
    "ul",
    "vik",
    "øy",
    "ås",
    "ber",
    "dal",
    "em",
    "fos",
)


def _pseudo_word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))


def _noise_line(rng: random.Random, noise_texts: Sequence[str]) -> tuple[str, str | None]:
    roll = rng.random()
    if roll < 0.25:
        return rng.choice(ONE_OFF).format(place=rng.choice(PLACES)), (
            "45000000" if rng.random() < 0.5 else None
        )
    if noise_texts and roll < 0.85:
        text = rng.choice(noise_texts)
        return (text if rng.random() < 0.5 else f"{text} til {rng.choice(WORDS_A)}"), None
    a, b = rng.choice(WORDS_A), rng.choice(WORDS_B)
    text = f"{a.capitalize()}{b} {_pseudo_word(rng).capitalize()}"
    if rng.random() < 0.5:
        text += f" – {_pseudo_word(rng)}{rng.choice(WORDS_B)}"
    return text, None


def generate_lines(
    total: int,
    municipalities: int = 50,
    seed: int = 1,
    need_share: float = 0.5,
    noise_texts: Sequence[str] = (),
) -> tuple[list[MatchLine], dict[int, str]]:
    """``total`` lines spread over ``municipalities`` plans of unequal size (100-800 lines
    each when total is 5 000-40 000), and the need of every line ("" = one-off).

    ``noise_texts``: names of other things to buy (e.g. CPV catalogue labels) for the lines
    that are not common needs; without them, made-up words are used."""
    rng = random.Random(seed)
    weights = [rng.uniform(100, 800) for _ in range(municipalities)]
    scale = total / sum(weights)
    counts = [max(1, round(w * scale)) for w in weights]
    counts[-1] += total - sum(counts)
    lines: list[MatchLine] = []
    needs: dict[int, str] = {}
    for number, count in enumerate(counts, start=1):
        muni = f"Kommune{number:02d}"
        # a plan has one to three lines (lots, areas) for the common needs it has, at most
        # ``need_share`` of its lines; the rest are its own one-off and unique purchases
        plan_needs: list[Need] = []
        for need in rng.sample(NEEDS, k=min(len(NEEDS), rng.randint(35, len(NEEDS)))):
            plan_needs.extend([need] * rng.choice((1, 1, 1, 2, 2, 3)))
        plan_needs = plan_needs[: int(count * need_share)]
        kinds: list[Need | None] = [*plan_needs, *([None] * (count - len(plan_needs)))]
        rng.shuffle(kinds)
        for need_or_none in kinds:
            line_id = len(lines) + 1
            if need_or_none is not None:
                text, cpv = _need_line(need_or_none, muni, rng)
                needs[line_id] = need_or_none.name
            else:
                text, cpv = _noise_line(rng, noise_texts)
                needs[line_id] = ""
            annual = rng.choice((None, rng.randint(1, 200) * 50_000))
            lines.append(
                MatchLine(
                    id=line_id,
                    municipality_id=number,
                    municipality=f"{muni} kommune",
                    description=text,
                    cpv=cpv,
                    period=_period(rng) if rng.random() < 0.9 else None,
                    annual_value_nok=annual,
                    total_value_nok=annual * 4 if annual else None,
                )
            )
    return lines, needs


if __name__ == "__main__":
    sample, _ = generate_lines(60, municipalities=5, seed=2)
    for line in sample:
        print(line.municipality, "|", line.description, "|", line.cpv)
