"""A party's deck asks what its players together have seen least: the history in pure
Python, then the dealing of a party from the players' names."""

from __future__ import annotations

import yaml

from quiz.deck import build_deck
from quiz.freshness import Seen
from quiz.packs import load_file
from quiz.party.deck import together

DAY = 24 * 60 * 60


def _pack(tmp_path, count=12):
    questions = [{"question": f"Question {i}?", "answer": f"Right {i}",
                  "wrong": [f"Wrong {i}a", f"Wrong {i}b", f"Wrong {i}c"],
                  "category": "Plot", "difficulty": "easy"} for i in range(count)]
    path = tmp_path / "party-pack.yaml"
    path.write_text(yaml.safe_dump({"title": "Party pack", "questions": questions}), encoding="utf-8")
    return load_file(path)


def _seen(facts, at=100 * DAY):
    return {fact: Seen(asked=1, missed=0, last_asked=at, last_right=True) for fact in facts}


def test_facts_nobody_has_met_come_first_then_those_fewest_players_have(tmp_path):
    pack = _pack(tmp_path)
    facts = sorted({q.fact for q in pack.questions(0)})
    everyone, ana_only, bo_only, fresh = facts[:4], facts[4:6], facts[6:8], facts[8:]
    # Ana met her facts longer ago than everyone met the shared ones; still, facts one of
    # the two has never met are the fresher for the table.
    ana = {**_seen(everyone, at=200 * DAY), **_seen(ana_only, at=199 * DAY)}
    bo = {**_seen(everyone, at=200 * DAY), **_seen(bo_only, at=200 * DAY)}
    history = together([ana, bo])

    deck = build_deck([pack], seed=1, count=4, history=history)
    assert {q.fact for q in deck} == set(fresh)
    deck = build_deck([pack], seed=1, count=8, history=history)
    assert {q.fact for q in deck} == set(fresh + ana_only + bo_only)
    # The same players and seed give the same party.
    assert build_deck([pack], seed=1, count=8, history=together([ana, bo])) == deck


def test_together_adds_up_the_players_and_keeps_a_miss_coming_back(tmp_path):
    ana = {"f": Seen(asked=2, missed=1, last_asked=10 * DAY, last_right=False)}
    bo = {"f": Seen(asked=1, missed=0, last_asked=12 * DAY, last_right=True),
          "g": Seen(asked=1, missed=0, last_asked=12 * DAY, last_right=True)}
    merged = together([ana, bo])
    assert merged["f"] == Seen(asked=3, missed=1, last_asked=12 * DAY, last_right=False)
    # Seen by one of the two: it looks a day older than it is.
    assert merged["g"].last_asked == 11 * DAY and merged["g"].asked == 1

    pack = _pack(tmp_path, count=6)
    facts = sorted({q.fact for q in pack.questions(0)})
    missed_by_ana = {facts[0]: Seen(asked=1, missed=1, last_asked=DAY, last_right=False)}
    everyone_else = {fact: Seen(asked=1, last_asked=DAY) for fact in facts[1:]}
    history = together([{**missed_by_ana, **everyone_else}, everyone_else])
    deck = build_deck([pack], seed=2, count=1, history=history)
    assert [q.fact for q in deck] == [facts[0]]


class _Store:
    def __init__(self, histories):
        self.histories = histories
        self.asked = []

    def seen(self, name):
        self.asked.append(name)
        return self.histories.get(name, {})


class _Services:
    """Just what dealing a party reads: the round plan and each player's history."""

    def __init__(self, pack, histories, seed=None):
        from quiz.round_plan import plan_round
        from quiz.settings import Settings

        self.plan = plan_round(Settings(), {"seed": seed}, [pack], False)
        self.store = _Store(histories)

    def plan_round(self, practice):
        return self.plan


def test_a_party_is_dealt_from_every_players_history_and_a_seeded_one_from_none(tmp_path):
    from quiz.ui.party_start import PartyChoice, deal

    pack = _pack(tmp_path)
    facts = sorted({q.fact for q in pack.questions(0)})
    histories = {"Ana": _seen(facts[:6]), "Bo": _seen(facts[6:10])}
    app = _Services(pack, histories)
    dealt = deal(app, PartyChoice(rounds=1, questions=2), 0, ["Ana", "Bo"])
    assert app.store.asked == ["Ana", "Bo"]
    assert {q.fact for q in dealt} == set(facts[10:])
    seeded = _Services(pack, histories, seed=9)
    assert deal(seeded, PartyChoice(rounds=1, questions=2), 0, ["Ana", "Bo"])
    assert seeded.store.asked == []
