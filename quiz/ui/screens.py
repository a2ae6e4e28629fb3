"""Every screen of the game under its name, for the app's router.

The only module that knows the screen classes: screens reach one another
through ``router.show(name, ...)``, so a screen module imports no other.
Each is imported when first shown, so opening the window reads only the title.
"""

from __future__ import annotations

from typing import Any

from quiz.ui.router import Router


def add_screens(router: Router, app: Any) -> None:
    def title():
        from quiz.ui.scenes.title import TitleScene
        return TitleScene(app)

    def setup():
        from quiz.ui.scenes.setup import SetupScene
        return SetupScene(app)

    def packs():
        from quiz.ui.scenes.pack_picker import PackPickerScene
        return PackPickerScene(app)

    def high_scores():
        from quiz.ui.scenes.high_scores import HighScoresScene
        return HighScoresScene(app)

    def settings():
        from quiz.ui.scenes.settings import SettingsScene
        return SettingsScene(app)

    def controls():
        from quiz.ui.scenes.controls import ControlsScene
        return ControlsScene(app)

    def command_keys():
        from quiz.ui.scenes.command_keys import CommandKeysScene
        return CommandKeysScene(app)

    def statistics():
        from quiz.ui.scenes.statistics import StatisticsScene
        return StatisticsScene(app)

    def learn():
        from quiz.ui.scenes.learn import LearnScene
        return LearnScene(app)

    def learn_question(sitting, player, pack_set):
        from quiz.ui.scenes.learn_question import LearnQuestionScene
        return LearnQuestionScene(app, sitting, player, pack_set)

    def question(round_, plan):
        from quiz.ui.scenes.question import QuestionScene
        return QuestionScene(app, round_, plan)

    def pause(question_scene):
        from quiz.ui.scenes.pause import PauseScene
        return PauseScene(app, question_scene)

    def results(results, plan):
        from quiz.ui.scenes.results import ResultsScene
        return ResultsScene(app, results, plan)

    def party_lobby(names=(), choice=None, phones=None):
        from quiz.ui.scenes.party_lobby import PartyLobbyScene
        return PartyLobbyScene(app, names, choice, phones)

    def party(party, lobby, choice, game=0, phones=None):
        from quiz.ui.scenes.party_play import PartyScene
        return PartyScene(app, party, lobby, choice, game, phones)

    def party_podium(party, lobby, choice, game=0, phones=None):
        from quiz.ui.scenes.party_podium import PartyPodiumScene
        return PartyPodiumScene(app, party, lobby, choice, game, phones)

    for make in (title, setup, packs, high_scores, settings, controls, command_keys, question, pause,
                 results, statistics, learn, learn_question, party_lobby, party, party_podium):
        router.add(make.__name__, make)
