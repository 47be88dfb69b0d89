"""The compact JSON text detection stores its analyses in (orjson)."""

from __future__ import annotations

import json

import numpy as np
import pytest

from kommunesamarbeid.core import json_text


def test_the_text_is_what_the_standard_module_writes_compactly() -> None:
    data = [
        3,
        {"snøbrøyting": 0.8125, "vask+tjeneste": 1.0, "«sitat»": -2.5},
        ["Kjøp av tjenester – rammeavtale", None, True, False],
        [[1, 2], []],
        'linje\nto\t"sitat" \\ \u2028',
    ]
    expected = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    assert json_text.dumps(data) == expected
    assert json_text.loads(expected) == data
    assert json_text.loads(expected.encode()) == data


def test_floats_round_trip_exactly() -> None:
    values = [0.1, 1 / 3, 2.5e-5, 1e16, 123456.789, -0.0]
    assert json_text.loads(json_text.dumps(values)) == values


def test_numpy_doubles_are_floats_as_in_the_standard_module() -> None:
    assert json_text.dumps([np.float64(0.25)]) == json.dumps([np.float64(0.25)]) == "[0.25]"


@pytest.mark.parametrize("value", [{1, 2}, np.float32(0.5), object()])
def test_what_is_no_plain_data_is_refused(value: object) -> None:
    with pytest.raises(TypeError):
        json_text.dumps({"ord": value})


def test_a_text_that_is_no_json_is_a_value_error() -> None:
    with pytest.raises(ValueError):
        json_text.loads('[1, "uferdig')
