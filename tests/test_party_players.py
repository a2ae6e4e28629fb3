"""The party lobby: joining by controller, seats, colours and shapes, ready, leaving, names."""

from __future__ import annotations

import pytest

from quiz.party.players import (COLOURS, MAX_LOCAL, MAX_PHONES, MAX_PLAYERS, SHAPES, Controller,
                                Lobby)


def keyboard(zone):
    return Controller("keyboard", zone)


def test_players_join_in_seat_order_with_default_names_colours_and_shapes():
    lobby = Lobby()
    first = lobby.join(keyboard(0))
    second = lobby.join(Controller("pad", 7))
    assert (first.seat, first.name) == (0, "Player 1")
    assert (second.seat, second.name) == (1, "Player 2")
    assert first.colour != second.colour and first.shape != second.shape
    assert second.controller.describe() == "pad 7"
    assert first.controller.describe() == "keyboard zone 1"


def test_the_fixed_sets_give_eight_players_each_a_different_colour_and_shape():
    lobby = Lobby()
    players = [lobby.join(Controller("pad", n)) for n in range(MAX_LOCAL)]
    assert len({p.colour for p in players}) == MAX_LOCAL
    assert len({p.colour_hex for p in players}) == MAX_LOCAL
    assert len({p.shape for p in players}) == MAX_LOCAL
    assert len(COLOURS) == len(SHAPES) == MAX_LOCAL
    assert lobby.join(Controller("pad", 99)) is None      # eight at the screen at most
    assert lobby.join(keyboard(0)) is None
    assert len(lobby.players) == MAX_LOCAL


def test_twenty_phones_join_eight_local_players_and_no_two_share_colour_and_shape():
    lobby = Lobby()
    for n in range(MAX_LOCAL):
        lobby.join(Controller("pad", n))
    phones = [lobby.join(Controller("phone", n)) for n in range(MAX_PHONES)]
    assert all(p is not None for p in phones) and len(lobby.players) == MAX_PLAYERS == 28
    assert lobby.full and lobby.join(Controller("phone", 99)) is None
    looks = {(p.colour, p.shape) for p in lobby.players}
    assert len(looks) == MAX_PLAYERS
    assert len({p.name.casefold() for p in lobby.players}) == MAX_PLAYERS


def test_phones_alone_take_no_more_than_twenty_seats():
    lobby = Lobby()
    for n in range(MAX_PHONES):
        assert lobby.join(Controller("phone", n)) is not None
    assert lobby.join(Controller("phone", 20)) is None
    assert lobby.join(keyboard(0)) is not None             # the screen still has room


def test_a_controller_pressed_twice_keeps_its_one_player():
    lobby = Lobby()
    assert lobby.join(keyboard(2)) == lobby.join(keyboard(2))
    assert len(lobby.players) == 1


def test_start_needs_two_players_all_ready():
    lobby = Lobby()
    a = lobby.join(keyboard(0))
    lobby.set_ready(a.seat)
    assert not lobby.can_start  # alone
    b = lobby.join(keyboard(1))
    assert not lobby.can_start  # b is not ready
    lobby.toggle_ready(b.seat)
    assert lobby.can_start
    lobby.toggle_ready(b.seat)
    assert not lobby.can_start


def test_leaving_frees_the_seat_and_its_colour_for_the_next_to_join():
    lobby = Lobby()
    lobby.join(keyboard(0))
    b = lobby.join(keyboard(1))
    lobby.join(keyboard(2))
    assert lobby.leave(keyboard(1)) == b
    assert lobby.player_for(keyboard(1)) is None
    newcomer = lobby.join(Controller("pad", 1))
    assert newcomer.seat == 1 and newcomer.colour == b.colour and newcomer.name == "Player 2"
    assert lobby.remove(0).seat == 0
    assert [p.seat for p in lobby.players] == [1, 2]
    assert lobby.remove(0) is None and lobby.leave(keyboard(3)) is None


def test_names_are_cleaned_and_a_blank_one_gives_the_default_back():
    lobby = Lobby()
    a = lobby.join(keyboard(0), name="  Ann\n\x07Lee  ")
    assert a.name == "Ann Lee"
    assert lobby.rename(a.seat, "   ").name == "Player 1"
    assert lobby.rename(a.seat, "x" * 100).name == "x" * 24
    assert lobby.rename(5, "Nobody") is None


def test_two_players_cannot_share_a_name_nor_take_another_seats_default():
    lobby = Lobby()
    a = lobby.join(keyboard(0), name="Bo")
    b = lobby.join(keyboard(1))
    with pytest.raises(ValueError):
        lobby.rename(b.seat, "bo")
    with pytest.raises(ValueError):
        lobby.rename(a.seat, "Player 3")  # seat 2 joins as "Player 3"
    with pytest.raises(ValueError):
        lobby.join(keyboard(2), name="BO")
    assert len(lobby.players) == 2
    assert lobby.rename(a.seat, "BO").name == "BO"  # a player may change their own case


def test_an_unknown_controller_kind_is_refused():
    with pytest.raises(ValueError):
        Controller("mouse", 0)
