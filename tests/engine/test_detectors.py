"""Each rule-based detector keeps at least 90% precision on the labelled set of typed replies."""

from pathlib import Path

import pytest
import yaml

from rehearse.engine.hearing.detectors import DETECTORS, detect

DATA = yaml.safe_load((Path(__file__).parent.parent / "data" / "detector_replies.yaml").read_text())


def test_labelled_set_is_big_enough():
    assert len(DATA) >= 60
    for d in DETECTORS:
        assert sum(d.name in r["labels"] for r in DATA) >= 10, d.name


@pytest.mark.parametrize("detector", DETECTORS, ids=lambda d: d.name)
def test_precision_and_recall(detector):
    tp = fp = fn = 0
    for r in DATA:
        got = detector.name in {x.name for x in detect(r["text"])}
        want = detector.name in r["labels"]
        tp += got and want
        fp += got and not want
        fn += want and not got
    assert tp / (tp + fp) >= 0.9, f"precision {tp}/{tp + fp}"
    assert tp / (tp + fn) >= 0.7, f"recall {tp}/{tp + fn}"


def test_detectors_map_to_catalogue(catalogue):
    for d in DETECTORS:
        assert d.guidance and all(g in catalogue for g in d.guidance)

