"""Starting a round from the title or the setup screen, and the next one from the results."""

from __future__ import annotations

from typing import Optional, TYPE_CHECKING

from quiz.i18n import _
from quiz.round_plan import RoundPlan, empty_message, player_name, shrink_note

if TYPE_CHECKING:  # pragma: no cover
    from quiz.ui.services import Services


def begin(app: "Services", plan: RoundPlan, replace_top: bool = False, over: Optional[str] = None) -> bool:
    """Build the deck, make the round and show its first question.

    With ``replace_top`` the new round takes the place of the top screen (the
    results); otherwise it goes on top, after going back to the screen called
    ``over`` when one is named. Returns False, after telling the player why and
    leaving the screens as they were, when there is nothing to ask.
    """
    from quiz.deck import build_deck
    from quiz.round import Round, RoundConfig

    # A seed from the command line must give the same round every time, so it reads no
    # history; otherwise the player's unseen facts come first and missed ones return.
    history = None if plan.fixed_seed else app.store.seen(player_name(app.settings))
    try:
        if plan.daily is not None:
            from quiz.daily import daily_deck
            questions = daily_deck(list(plan.packs), plan.daily)
        else:
            questions = build_deck(list(plan.packs), plan.seed, plan.count,
                                   plan.category, plan.difficulty, history=history,
                                   kinds=plan.kinds)
    except Exception as error:  # a pack that broke after discovery must not end the game
        app.notify(_("Could not make a round: {error}").format(error=error))
        return False
    if not questions:
        app.notify(empty_message(plan))
        return False
    if plan.count is not None and len(questions) < plan.count and not replace_top:
        app.notify(shrink_note(plan.count, len(questions)))
    config = RoundConfig(timer=plan.limit, streak_bonus=plan.streak_bonus, practice=plan.practice,
                         speed_points=plan.speed_points)
    round_ = Round(questions, config, app.clock)
    if replace_top:
        app.router.replace("question", round_=round_, plan=plan)
        return True
    if over is not None:
        app.router.back_to(over)
    app.router.show("question", round_=round_, plan=plan)
    return True


def start_round(app: "Services", practice: bool, over: Optional[str] = None) -> bool:
    """A round with the current settings (Practice: no timer, nothing saved), shown on top
    or over the screen called ``over``."""
    return begin(app, app.plan_round(practice), over=over)


def play_again(app: "Services", plan: RoundPlan) -> bool:
    """From the results: a new round with the same settings in place of the results."""
    return begin(app, plan.next_plan(), replace_top=True)


def start_daily(app: "Services", day) -> bool:
    """The day's challenge with the chosen packs: scored the first time this player
    plays it that day, practice (and told so) after that."""
    from quiz.tables import pack_set_of

    packs = app.selected_packs()
    played = app.store.daily_played(player_name(app.settings), pack_set_of(p.id for p in packs),
                                    day)
    plan = app.plan_daily(day, played)
    if played:
        app.notify(_("Today's challenge is played: this attempt is practice. "
                     "A new one comes tomorrow."))
    return begin(app, plan)
