"""A finished party files every player's score in a party table of its own:
never mixed with solo tables, all players or none, and shown by ``scores``."""

from __future__ import annotations

import json

import pytest

from party_helpers import party
from quiz.party import game as party_game
from quiz.party.results import party_scores, party_table
from quiz.store import Store
from quiz.tables import SOLO, TableKey, is_party, key_for, label


def finish(game, clock, right_seat=0):
    """Seat ``right_seat`` answers every question right, the others wrong."""
    while game.phase != party_game.PODIUM:
        if game.phase == party_game.ASKING:
            q = game.question
            for p in game.players:
                choice = q.answer if p.seat == right_seat else (q.answer + 1) % len(q.choices)
                game.answer(p.seat, choice)
            game.update()
        else:
            game.next()
        clock.advance(0.5)


def test_every_player_gets_a_line_in_podium_order_under_a_party_table():
    game, clock = party(3, n_questions=4, rounds=2, questions_per_round=2,
                        round_types=("normal", "normal"))
    finish(game, clock, right_seat=1)
    (line,) = party_scores(game)  # a score of 0 is not filed, as in solo tables
    assert line.name == "Bo" and line.correct == 4 and line.score > 0 and line.total == 4
    key = party_table(["us-and-them"], game)
    assert is_party(key) and key.mode == "party:everyone" and key.questions == 4
    assert key != key_for(["us-and-them"], 4, game.config.timer, True, SOLO)
    assert label(key).startswith("party, everyone answers, 4 questions")


@pytest.mark.parametrize("mode", ["buzz", "turns"])
def test_each_party_mode_has_its_own_table(mode):
    game, _ = party(2, mode=mode, n_questions=2)
    assert party_table(["p"], game).mode == f"party:{mode}"
    assert "party" in label(party_table(["p"], game))


def test_record_party_saves_all_lines_and_scores_json_marks_party_tables(tmp_path, capsys):
    game, clock = party(3, n_questions=3)
    for seat in (0, 1, 2):   # each seat answers one question right
        while game.phase != party_game.ASKING:
            game.next()
        q = game.question
        for p in game.players:
            game.answer(p.seat, q.answer if p.seat == seat else (q.answer + 1) % 4)
        clock.advance(0.2 * (seat + 1))
        game.update()
    finish(game, clock)
    assert len(party_scores(game)) == 3
    key = party_table(["us-and-them"], game)
    with Store(tmp_path) as store:
        solo = TableKey("us-and-them", 3, game.config.timer)
        store.add_score(solo, "Solo", 50, 1, 3, 1)
        assert store.record_party(key, party_scores(game))
        tables = {t.key: t for t in store.all_tables()}
    assert [e.name for e in tables[key].entries][0] == "Ann"
    assert len(tables[key].entries) == 3 and [e.name for e in tables[solo].entries] == ["Solo"]
    assert tables[key].to_dict()["party"] is True and tables[solo].to_dict()["party"] is False


def test_a_store_that_cannot_write_saves_no_line_of_the_party(tmp_path):
    game, clock = party(2, n_questions=1)
    finish(game, clock)
    key = party_table(["p"], game)
    with Store(tmp_path) as store:
        store._db.write = lambda work, quiet=False: None  # the disk refuses every write
        assert store.record_party(key, party_scores(game)) is False
    with Store(tmp_path) as store:
        assert store.top_scores(key) == []


def test_scores_command_prints_party_tables_marked(tmp_path, monkeypatch, capsys):
    from quiz.cli import main

    monkeypatch.setenv("US_AND_THEM_QUIZ_DATA", str(tmp_path))
    game, clock = party(2, n_questions=2)
    while game.phase != party_game.ASKING:
        game.next()
    game.answer(1, game.question.answer)
    clock.advance(1.0)
    finish(game, clock)
    with Store() as store:
        store.record_party(party_table(["us-and-them"], game), party_scores(game))
    assert main(["scores", "--json"]) == 0
    (table,) = json.loads(capsys.readouterr().out)
    assert table["party"] is True and table["mode"] == "party:everyone"
    assert [e["name"] for e in table["entries"]] == ["Ann", "Bo"]  # Bo: one right, later
    assert main(["scores"]) == 0
    assert "party, everyone answers" in capsys.readouterr().out
