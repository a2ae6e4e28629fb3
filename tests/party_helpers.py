"""Questions, players and a party on a FakeClock, for the party tests."""

from __future__ import annotations

from quiz.clock import FakeClock
from quiz.kinds.choice import ChoiceQuestion
from quiz.party.game import Party, PartyConfig
from quiz.party.players import Controller, Lobby


def questions(count, difficulty="easy", answer=0):
    """``count`` four-option questions whose right option is ``answer``."""
    return [ChoiceQuestion(id=f"q{n}", fact=f"f{n}", category="Film", difficulty=difficulty,
                     question=f"Question {n}?", choices=("A", "B", "C", "D"), answer=answer,
                     explanation="", source="test")
            for n in range(count)]


def players(*names):
    lobby = Lobby()
    for zone, name in enumerate(names):
        lobby.join(Controller("keyboard", zone) if zone < 4 else Controller("pad", zone), name)
    return lobby.players


def party(count=3, mode="everyone", n_questions=3, clock=None, **config):
    config.setdefault("rounds", 1)
    config.setdefault("questions_per_round", n_questions)
    config.setdefault("round_types", ("normal",) * config["rounds"])
    clock = clock or FakeClock(100.0)
    names = ["Ann", "Bo", "Cy", "Di", "Ed", "Flo", "Gus", "Hal"][:count]
    asked = questions(n_questions, difficulty=config.pop("difficulty", "easy"),
                      answer=config.pop("answer", 0))
    game = Party(players(*names), asked,
                 PartyConfig(mode=mode, **config), clock)
    return game, clock


def typed_words(question, right=True):
    """What a player types to answer a typed question right (an accepted spelling other than
    the canonical one, when there is one) or wrong."""
    if not right:
        return "Nobody at all"
    others = [s for s in question.accepted if s != question.answer]
    return (others or [question.answer])[0].upper()


def zone_presses(question, right=True):
    """The option keys (0..3) a keyboard player presses to answer ``question`` right,
    or wrong with nothing earned, whatever its kind (see ``quiz.party.entry``)."""
    from quiz.party.entry import DOWN, LOCK, UP, Entry, number_move, number_steps, number_value

    kind = getattr(question, "kind", "choice")
    if kind == "order":
        wanted = question.order if right else question.order[1:] + question.order[:1]
        return list(wanted[:-2]) + [wanted[-2]]        # the last falls in by itself
    if kind == "number":
        n, move = number_steps(question), number_move(question)
        mid = n // 2
        if right:
            target = round((question.value - question.min) / question.step)
            k = round((target - mid) / move)
        else:  # the far end from the answer: more than a quarter of the range off
            far = 0 if question.value > (question.min + question.max) / 2 else n
            k = (far - mid) // move + (1 if far > mid else -1) * 2
        presses = [UP if k > 0 else DOWN] * abs(k)
        assert (question.credit(number_value(question, Entry(position=max(0, min(
            n, mid + k * move))))) == (1.0 if right else 0.0))
        return presses + [LOCK]
    return [question.answer if right else (question.answer + 1) % len(question.choices)]
