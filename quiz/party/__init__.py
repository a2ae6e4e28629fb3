"""Party play: 2 to 8 players on one screen, the rules of each mode and round, the podium.

Pure Python like the rest of the core: the screens feed it ``(player, answer,
time)`` inputs and read its state; time comes from an injected clock.
"""
