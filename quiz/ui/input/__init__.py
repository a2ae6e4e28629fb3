"""Input devices turn pygame events into ``actions.Action`` values; screens see only those."""
