"""Upkeep of a thing written as the thing's own word with a generic last part ("Ettersyn av
leikeplassutstyr"): the service's term ("ettersyn + lekeplass") reads the thing in the word,
and the line is the service, not the goods family that names the word whole (recall16). The
lines are new: no corpus line has them."""

from __future__ import annotations

from overlap_helpers import assert_apart, assert_one_family, full_catalogue, line, vocabulary

from kommunesamarbeid.core.overlap.detect import build_model


def _families(text: str) -> set[str]:
    model = build_model(vocabulary(), full_catalogue())
    features = model.line(line(1, 1, text), frozenset())
    return {model.families[f].label for f in features.families}


def test_upkeep_of_a_thing_is_the_service_on_it() -> None:
    service = _families("Inspeksjon av lekeplasser i barnehagene")
    assert _families("Årleg ettersyn av leikeplassutstyr ved skulane") == service
    assert _families("Vedlikehald av leikeplassutstyr") == service
    assert_one_family(
        "Årleg ettersyn av leikeplassutstyr ved skulane", "Inspeksjon av lekeplasser i barnehagene"
    )


def test_the_thing_itself_and_other_work_on_it_stay_as_they_were() -> None:
    goods = _families("Lekeplassutstyr til nye barnehager")
    assert goods and goods != _families("Inspeksjon av lekeplasser i barnehagene")
    # buying the thing is not its upkeep
    assert_apart("Lekeplassutstyr til nye barnehager", "Årleg ettersyn av leikeplassutstyr")
    # running, renting or cleaning is no upkeep of a thing: the goods word keeps its family
    assert _families("Drift av kinoutstyr") == _families("Kinoutstyr")
    assert _families("Renholdsmidler til skolene") == _families("Renholdsmidler")
