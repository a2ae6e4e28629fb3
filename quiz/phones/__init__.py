"""Phones as controllers: players join from a browser on the same network, with no app.

``server`` serves the page and its WebSocket, ``hub`` is what the game talks
to, ``protocol`` is every message they exchange, ``qr`` draws the join address
for the lobby and ``looks`` is how the answer options look. Nothing here uses
pygame: the lobby and the question screens draw what these modules give them.
"""
