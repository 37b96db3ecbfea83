from __future__ import annotations

import json
from pathlib import Path

from workbench.services.settings import Settings, load_settings, save_settings


def test_defaults_when_nothing_is_saved(tmp_path: Path) -> None:
    settings = load_settings(tmp_path / "none.json")
    assert settings.fair_wage_cents_per_hour == 725
    assert settings.push_as_i_go is False
    assert settings.rejection_reasons


def test_a_round_trip_keeps_every_value(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    chosen = Settings(push_as_i_go=True, fair_wage_cents_per_hour=1500, theme="dark",
                      rejection_reasons=["Nope"], aws_profiles={"prod": "work"})
    save_settings(chosen, path)
    assert load_settings(path) == chosen


def test_a_damaged_or_mistyped_file_falls_back_to_defaults(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    path.write_text("{not json", encoding="utf-8")
    assert load_settings(path) == Settings()
    path.write_text(json.dumps({"push_as_i_go": "yes", "fair_wage_cents_per_hour": 900,
                                "theme": 3}), encoding="utf-8")
    settings = load_settings(path)
    assert settings.push_as_i_go is False and settings.fair_wage_cents_per_hour == 900
    assert settings.theme == "system"
