"""``cafe-conversation rotation`` end to end, in a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
KEYS = ["coincidences", "repeat_pairs", "max_meetings", "table_revisits", "theme_revisits",
        "min_themes_seen", "lower_bound", "proven_optimal", "seconds"]


def cli(*args: str, lang: str = "fr") -> subprocess.CompletedProcess:
    env = {"CAFE_LANG": lang, "PYTHONIOENCODING": "utf-8", "PATH": ""}
    return subprocess.run([sys.executable, "-m", "ui", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)


def test_rotation_of_a_workshop_file(tmp_path: Path):
    path = tmp_path / "atelier.json"
    assert cli("new", str(path), "--demo").returncode == 0
    done = cli("rotation", str(path), "--seed", "4", "--time-limit", "5")
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert list(out["stats"])[:len(KEYS)] == KEYS  # the keys of issue 3 first, then new ones
    assert set(out["stats"]["bounds"]) == {"host_revisits", "theme_revisits", "min_themes_seen",
                                           "max_meetings", "coincidences"}
    assert len(out["rounds"]) == 3 and out["stats"]["coincidences"] == 0
    assert out["rounds"][0]["T1"][0] == "P01"  # the capitaine first


def test_rotation_of_the_issue_problem(tmp_path: Path):
    problem = {"rounds": 4,
               "tables": [{"id": "T1", "theme": "cadre", "host": "P01", "capacity": 7,
                           "accessible": True},
                          {"id": "T2", "theme": "voisins", "host": "P02", "capacity": 7,
                           "accessible": False}],
               "participants": [{"id": "P01", "category": "salarié"}, {"id": "P02"},
                                {"id": "P03"}, {"id": "P04"}, {"id": "P05"},
                                {"id": "P07", "category": "locataire", "needs_accessible": True},
                                {"id": "P09", "pinned": "T1"}, {"id": "P12", "absent_rounds": [0]},
                                {"id": "P10"}, {"id": "P11"}],
               "keep_apart": [["P03", "P04"]], "keep_together": [["P10", "P11"]],
               "played": [{"T1": ["P01", "P05"], "T2": ["P02", "P03", "P04", "P07", "P09",
                                                          "P10", "P11"]}]}
    path = tmp_path / "probleme.json"
    path.write_text(json.dumps(problem, ensure_ascii=False), encoding="utf-8")
    done = cli("rotation", str(path), "--time-limit", "1")
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["rounds"][0] == problem["played"][0]
    for rnd in out["rounds"][1:]:
        assert "P07" in rnd["T1"] and "P09" in rnd["T1"] and rnd["T2"][0] == "P02"
        assert "P12" in rnd["T1"] + rnd["T2"]
        for ids in rnd.values():
            assert ("P10" in ids) == ("P11" in ids) and not {"P03", "P04"} <= set(ids)
    assert out["stats"]["lower_bound"] <= out["stats"]["coincidences"]
    assert "forcément" in done.stderr  # two tables, four rounds: repeats are explained


def test_impossible_problem_exits_1_with_the_reason(tmp_path: Path):
    path = tmp_path / "impossible.json"
    path.write_text(json.dumps({
        "rounds": 2, "tables": [{"id": "A", "capacity": 3}, {"id": "B", "capacity": 3}],
        "participants": [{"id": f"p{i}"} for i in range(5)],
        "keep_together": [["p0", "p1", "p2", "p3"]]}), encoding="utf-8")
    done = cli("rotation", str(path))
    assert done.returncode == 1 and not done.stdout
    assert "ne tient à aucune table" in done.stderr
    english = cli("rotation", str(path), lang="en")
    assert english.returncode == 1 and "fits at no table" in english.stderr


def test_unreadable_inputs(tmp_path: Path):
    missing = cli("rotation", str(tmp_path / "absent.json"))
    assert missing.returncode == 1 and "n'existe pas" in missing.stderr
    broken = tmp_path / "cassé.json"
    broken.write_text('{"rounds": 2,\n "tables": [', encoding="utf-8")
    done = cli("rotation", str(broken))
    assert done.returncode == 1 and "ligne 2" in done.stderr and "Traceback" not in done.stderr
