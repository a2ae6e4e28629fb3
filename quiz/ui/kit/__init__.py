"""The one set of drawing and interaction pieces every screen is built from.

``words`` places and fits text (every word on screen goes through
``words.paint_lines``, so one check holds all of them to their boxes),
``shapes`` draws plates and marks, ``widgets`` the buttons and option rows,
``menu`` gives them focus, ``scroll`` shows a tall column through a window,
``backdrop`` paints the film strip behind the screens and ``screen`` frames
the menu screens.
"""
