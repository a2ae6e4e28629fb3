"""Packs: every pack found, with its status and problems; choose which to play together."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Optional, TYPE_CHECKING

import pygame

from quiz.i18n import N_, _, ngettext
from quiz.ui import theme
from quiz.ui.kit import widgets
from quiz.ui.input import actions
from quiz.ui.input.actions import Action
from quiz.ui.kit.menu import Menu
from quiz.ui.kit.screen import Screen
from quiz.ui.kit.scroll import ScrollList
from quiz.ui.kit.shapes import round_rect
from quiz.ui.kit.words import draw_fitted, draw_lines

if TYPE_CHECKING:  # pragma: no cover
    from quiz.ui.services import Services

MAX_PROBLEMS_SHOWN = 4
MAX_DESCRIPTION_LINES = 2


def status_words(pack: Any) -> str:
    if not pack.ok:
        n = len(pack.errors)
        return ngettext("cannot be played: {n} problem", "cannot be played: {n} problems", n).format(n=n)
    warnings = len(getattr(pack, "warnings", []))
    if warnings:
        return ngettext("ready, {n} warning", "ready, {n} warnings", warnings).format(n=warnings)
    return _("ready")


def problem_words(problem: Any) -> str:
    # The file's name, not its whole path: a film folder's problem may sit in any of its files.
    name = Path(str(getattr(problem, "path", "") or "")).name
    line = getattr(problem, "line", None)
    where = _("{file}, line {line}: ").format(file=name, line=line) if name and line else f"{name}: " if name else ""
    return f"{where}{problem.message}"


def _clip_lines(lines: list[str], limit: int) -> list[str]:
    if len(lines) <= limit:
        return lines
    kept = lines[:limit]
    kept[-1] = kept[-1].rstrip(" .,;:") + "…"
    return kept


class PackPickerScene(Screen):
    heading = N_("Packs")
    subheading = N_("Choose one or more packs to play together: Space or Enter ticks a pack. "
                    "High scores are kept for each set of packs.")
    column_width = 980

    def __init__(self, app: "Services") -> None:
        super().__init__(app)
        from quiz.paths import packs_dir

        self.folder = packs_dir()
        try:  # made here so the path shown is a folder the player can open and fill
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            pass
        self.list = ScrollList(app, [], self._measure, self._draw_row, self.toggle)
        self.reload_button = widgets.Button(N_("Reload packs"), self.reload, align="center", hint="R")
        self.done_button = widgets.Button(N_("Done"), self.done, align="center")
        self.buttons = Menu(app, [self.reload_button, self.done_button], on_back=self.done)
        self.in_list = True
        self._load(app.packs())

    # ------------------------------------------------------------ choosing

    def _load(self, packs: list) -> None:
        self.packs = list(packs)
        chosen = {p.id for p in self.app.selected_packs()}
        self.selected = [p.id for p in self.packs if p.id in chosen]
        self.list.set_rows(self.packs)
        if not self.packs:
            self.in_list = False

    def toggle(self, index: int) -> None:
        if not 0 <= index < len(self.packs):
            return
        pack = self.packs[index]
        if pack.id in self.selected:
            if len(self.selected) == 1:
                self.app.notify(_("Keep at least one pack chosen: tick another first."))
                return
            self.selected.remove(pack.id)
        else:
            if not pack.ok:
                self.app.notify(_("'{title}' has problems and cannot be played. "
                                  "Fix the file, then press Reload.").format(title=pack.shown_title()))
                return
            self.selected.append(pack.id)
        order = [p.id for p in self.packs]
        self.selected.sort(key=order.index)
        self.app.choose_packs(self.selected)
        self.app.sound.play("click")

    def reload(self) -> None:
        self._load(self.app.reload_packs())
        bad = sum(1 for p in self.packs if not p.ok)
        found = ngettext("Found {n} pack", "Found {n} packs", len(self.packs)).format(n=len(self.packs))
        self.app.notify(found + (_("; {n} cannot be played.").format(n=bad) if bad else _(".")))
        self.relayout()

    def done(self) -> None:
        self.app.router.back()

    # ------------------------------------------------------------ layout

    def _sizes(self) -> dict[str, int]:
        s = self.app.scale
        return {"pad": theme.px(16, s), "box": theme.px(26, s), "gap": theme.px(18, s),
                "title": theme.px(theme.BODY, s), "small": theme.px(theme.SMALL, s),
                "label": theme.px(theme.LABEL - 2, s)}

    def _text_width(self, width: int) -> int:
        z = self._sizes()
        return max(40, width - 2 * z["pad"] - z["box"] - z["gap"])

    def _row_lines(self, pack: Any, width: int) -> dict[str, list[str]]:
        z = self._sizes()
        tw = self._text_width(width)
        text = self.app.text
        kind = _("built-in") if pack.builtin else _("your pack")
        count = ngettext("{n} question", "{n} questions", pack.question_count).format(n=pack.question_count)
        meta = " · ".join(x for x in (_("by {author}").format(author=pack.author) if pack.author else "", count, kind,
                                       status_words(pack)) if x)
        problems = pack.errors if not pack.ok else list(getattr(pack, "warnings", []))
        shown = [problem_words(p) for p in problems[:MAX_PROBLEMS_SHOWN]]
        if len(problems) > MAX_PROBLEMS_SHOWN:
            shown.append(_("…and {n} more "
                           "(run 'us-and-them-quiz validate' on the file to see them all)").format(
                               n=len(problems) - MAX_PROBLEMS_SHOWN))
        problem_lines: list[str] = []
        for words in shown:
            problem_lines.extend(text.wrap(words, z["small"], tw))
        description = _clip_lines(text.wrap(pack.shown_description(), z["label"], tw),
                                  MAX_DESCRIPTION_LINES) if pack.description else []
        return {"title": text.wrap(pack.shown_title(), z["title"], tw, bold=True),
                "description": description,
                "meta": text.wrap(meta, z["small"], tw),
                "problems": problem_lines}

    def _measure(self, pack: Any, width: int) -> int:
        z = self._sizes()
        lines = self._row_lines(pack, width)
        text = self.app.text
        h = 2 * z["pad"] + len(lines["title"]) * text.line_height(z["title"])
        h += len(lines["description"]) * text.line_height(z["label"])
        h += theme.px(4, self.app.scale) + len(lines["meta"]) * text.line_height(z["small"])
        if lines["problems"]:
            h += theme.px(8, self.app.scale) + len(lines["problems"]) * text.line_height(z["small"])
        return h

    def layout(self) -> None:
        body = self.regions["body"]
        s = self.app.scale
        text = self.app.text
        button_h = theme.px(56, s)
        folder_px = theme.px(theme.SMALL, s)
        self.folder_lines = text.wrap(_("Your packs folder: {folder}").format(folder=self.folder), folder_px, body.w)[:3]
        folder_h = len(self.folder_lines) * text.line_height(folder_px)
        buttons_y = body.bottom - button_h
        self.folder_box = pygame.Rect(body.x, buttons_y - theme.px(14, s) - folder_h, body.w, folder_h)
        list_rect = pygame.Rect(body.x, body.y, body.w - theme.px(14, s),
                                max(0, self.folder_box.y - theme.px(16, s) - body.y))
        self.list.layout(list_rect, gap=theme.px(10, s))
        half = min((body.w - theme.px(12, s)) // 2, theme.px(320, s))
        self.reload_button.rect = pygame.Rect(body.x, buttons_y, half, button_h)
        self.done_button.rect = pygame.Rect(body.right - half, buttons_y, half, button_h)

    def kept_clear(self) -> list[pygame.Rect]:
        # The packs in view (or the words saying there are none) and the folder line.
        if self.packs:
            rows = [self.list.row_rect(i).clip(self.list.rect) for i in range(len(self.packs))]
        else:
            rows = [self.list.rect]
        return super().kept_clear() + [r for r in rows if r.w and r.h] + [self.folder_box]

    def footer_text(self) -> str:
        return _("Up/Down choose · Space ticks · R reloads · Tab to the buttons · Esc goes back")

    # ------------------------------------------------------------ events

    def handle_action(self, action: Action) -> Optional[Action]:
        if not action.is_pointer and action.name != actions.SCROLL:
            return self._command(action)
        left = self.buttons.handle_action(action)
        if left is None:
            if action.name in (actions.PRESS, actions.POINT):
                self.in_list = False
            return None
        left = self.list.handle_action(left)
        if left is None or (action.name == actions.POINT and not action.touch
                            and self.list.row_at(action.pos) is not None):
            if self.packs:
                self.in_list = True
        return left

    def _command(self, action: Action) -> Optional[Action]:
        name = action.name
        if name == actions.BACK:
            self.done()
        elif name == actions.RELOAD:
            self.reload()
        elif self.in_list:
            if name == actions.UP:
                self.list.set_focus(self.list.focus - 1)
            elif name == actions.DOWN:
                if self.list.focus >= len(self.packs) - 1:
                    self._to_buttons(0)
                else:
                    self.list.set_focus(self.list.focus + 1)
            elif name in (actions.NEXT, actions.PREVIOUS):
                self._to_buttons(len(self.buttons.items) - 1 if name == actions.PREVIOUS else 0)
            elif name == actions.CONFIRM:
                self.toggle(self.list.focus)
            else:
                return self.list.handle_action(action)
        else:
            n = len(self.buttons.items)
            first = self.buttons.focus == 0
            last = self.buttons.focus == n - 1
            if (name == actions.UP or (name == actions.PREVIOUS and first)) and self.packs:
                self.in_list = True
                self.list.reveal(self.list.focus)
            elif name == actions.NEXT and last and self.packs:
                self.in_list = True
                self.list.set_focus(0)
            elif name in (actions.LEFT, actions.RIGHT, actions.NEXT, actions.PREVIOUS, actions.DOWN):
                self.buttons.move(-1 if name in (actions.LEFT, actions.PREVIOUS) else 1)
            else:
                return self.buttons.handle_action(action)
        return None

    def _to_buttons(self, index: int) -> None:
        self.in_list = False
        self.buttons.focus = index

    # ------------------------------------------------------------ drawing

    def _draw_row(self, surface: pygame.Surface, pack: Any, rect: pygame.Rect, focused: bool) -> None:
        z = self._sizes()
        s = self.app.scale
        text = self.app.text
        chosen = pack.id in self.selected
        round_rect(surface, theme.SLATE if focused else theme.NIGHT, rect, theme.px(10, s))
        if chosen:
            bar = pygame.Rect(rect.x, rect.y + z["pad"], theme.px(5, s), rect.h - 2 * z["pad"])
            round_rect(surface, theme.AMBER, bar, theme.px(3, s))
        elif not focused:
            round_rect(surface, theme.SLATE, rect, theme.px(10, s), width=max(1, theme.px(1, s)))
        # A box: ticked, empty, or crossed for a pack that cannot be played (shape, not only colour).
        box = pygame.Rect(rect.x + z["pad"] + theme.px(4, s), rect.y + z["pad"] + theme.px(2, s),
                          z["box"], z["box"])
        line_w = max(2, theme.px(3, s))
        if not pack.ok:
            pygame.draw.rect(surface, theme.ASH, box, max(1, theme.px(2, s)), border_radius=theme.px(5, s))
            inset = box.inflate(-z["box"] // 2, -z["box"] // 2)
            pygame.draw.line(surface, theme.WRONG, inset.topleft, inset.bottomright, line_w)
            pygame.draw.line(surface, theme.WRONG, inset.topright, inset.bottomleft, line_w)
        elif chosen:
            pygame.draw.rect(surface, theme.AMBER, box, border_radius=theme.px(5, s))
            tick = [(box.x + box.w * 0.22, box.y + box.h * 0.52), (box.x + box.w * 0.42, box.y + box.h * 0.72),
                    (box.x + box.w * 0.78, box.y + box.h * 0.3)]
            pygame.draw.lines(surface, theme.INK, False, tick, line_w)
        else:
            pygame.draw.rect(surface, theme.MIST, box, max(1, theme.px(2, s)), border_radius=theme.px(5, s))

        lines = self._row_lines(pack, rect.w)
        x = box.right + z["gap"] - theme.px(4, s)
        tw = self._text_width(rect.w)
        y = rect.y + z["pad"]

        def block(key: str, size: int, colour, bold: bool = False) -> None:
            nonlocal y
            if not lines[key]:
                return
            h = len(lines[key]) * text.line_height(size)
            draw_lines(surface, text, lines[key], size, colour, pygame.Rect(x, y, tw, h), bold=bold)
            y += h

        block("title", z["title"], theme.PAPER if pack.ok else theme.MIST, bold=True)
        block("description", z["label"], theme.MIST)
        y += theme.px(4, s)
        block("meta", z["small"], theme.SMOKE if pack.ok else theme.ROSE)
        if lines["problems"]:
            y += theme.px(8, s)
            block("problems", z["small"], theme.MIST if pack.ok else theme.saturate(theme.WRONG, 0.6))

    def draw(self, surface: pygame.Surface) -> None:
        self.draw_frame(surface)
        s = self.app.scale
        if self.packs:
            self.list.draw(surface, focused=self.in_list)
        else:
            draw_fitted(surface, self.app.text,
                                _("No packs found. Put .yaml or .json packs in the folder below "
                                  "and press Reload."), theme.px(theme.BODY, s), theme.MIST,
                                self.list.rect, align="center")
        draw_lines(surface, self.app.text, self.folder_lines, theme.px(theme.SMALL, s),
                           theme.SMOKE, self.folder_box)
        for i, button in enumerate(self.buttons.items):
            button.draw(surface, self.app, not self.in_list and i == self.buttons.focus)
