"""Hostile-input YAML loading: text stays text, dangerous or broken files are refused with a line."""

import textwrap

import pytest

from quiz import safeyaml
from quiz.problems import PackError
from quiz.safeyaml import load_yaml, loads_yaml


def refusal(text, name="pack.yaml"):
    with pytest.raises(PackError) as caught:
        loads_yaml(text, name)
    assert len(caught.value.problems) == 1
    return caught.value.problems[0]


@pytest.mark.parametrize("typed", [
    "Yes", "No", "yes", "off", "On", "true", "False", "y", "n",
    "55", "055", "0x1F", "0o17", "1e3", "3.10", "1_000", ".inf", "-.nan",
    "2018-04-28", "2018-04-28 10:00:00", "12:30:00", "null", "Null", "NULL", "=", "<<",
])
def test_scalars_stay_the_text_typed(typed):
    data, _ = loads_yaml(f"answer: {typed}\nwrong: [{typed}]\n")
    assert data == {"answer": typed, "wrong": [typed]}


def test_empty_value_and_tilde_are_empty_text_but_quoted_tilde_is_kept():
    data, _ = loads_yaml('a:\nb: ~\nc: "~"\nd: ""\ne: \'\'\n')
    assert data == {"a": "", "b": "", "c": "~", "d": "", "e": ""}


def test_standard_scalar_tags_keep_the_text():
    data, _ = loads_yaml("a: !!int 0x10\nb: !!bool yes\nc: !!str 5\n")
    assert data == {"a": "0x10", "b": "yes", "c": "5"}


def test_python_tag_is_refused_and_never_run(tmp_path):
    marker = tmp_path / "ran"
    text = f"title: x\nquestions: !!python/object/apply:os.system ['touch {marker}']\n"
    problem = refusal(text)
    assert problem.line == 2
    assert "!!python/object/apply:os.system" in problem.message
    assert "not allowed" in problem.message
    assert not marker.exists()


@pytest.mark.parametrize("text,line", [
    ("a: !custom x\n", 1),
    ("a: 1\nb: !!binary aGVsbG8=\n", 2),
    ("a:\n  - !!set {x}\n", 2),
    ("a: !!python/name:os.system\n", 1),
    ("a: !<tag:example.com,2000:thing> x\n", 1),
])
def test_unknown_tags_are_refused_with_their_line(text, line):
    problem = refusal(text)
    assert problem.line == line
    assert "tag" in problem.message


def billion_laughs(levels=9):
    lines = ['lol0: &lol0 "lol"']
    for level in range(1, levels + 1):
        refs = ", ".join([f"*lol{level - 1}"] * 10)
        lines.append(f"lol{level}: &lol{level} [{refs}]")
    return "\n".join(lines) + "\n"


def test_billion_laughs_is_refused_while_composing(monkeypatch):
    # Expansion would mean building a billion entries; the refusal must come
    # from counting aliases before any of that, so the test never hangs.
    problem = refusal(billion_laughs())
    assert "billion laughs" in problem.message
    assert problem.line == 7  # lol6 is the first level past 200,000 entries


def test_a_few_aliases_are_fine_and_shared_not_copied():
    data, lines = loads_yaml("base: &b [x, y]\nother: *b\n")
    assert data["other"] == ["x", "y"]
    assert data["other"] is data["base"]
    assert lines(("other",)) == 2
    # Inside an alias the line is where the alias is used: that is the entry a
    # problem belongs to, even though "y" is written on line 1.
    assert lines(("other", 1)) == 2
    assert lines(("base", 1)) == 1


def test_too_many_entries_without_aliases_is_refused(monkeypatch):
    monkeypatch.setattr(safeyaml, "MAX_NODES", 10)
    # The mapping, the key "a" and the list are three entries, the items the rest.
    assert loads_yaml("a: [1, 2, 3, 4, 5, 6, 7]\n")[0]["a"][-1] == "7"
    problem = refusal("a:\n  - 1\n  - 2\n  - 3\n  - 4\n  - 5\n  - 6\n  - 7\n  - 8\n")
    assert problem.line == 9  # item 8, the eleventh entry
    assert "more than 10 entries" in problem.message


def test_alias_used_before_its_anchor_is_refused():
    problem = refusal("a: *nowhere\n")
    assert problem.line == 1 and "*nowhere" in problem.message


def test_file_over_5_mb_is_refused_before_parsing(tmp_path, monkeypatch):
    path = tmp_path / "big.yaml"
    line = b"- padding text for a large file\n"
    path.write_bytes(b"items:\n" + line * (safeyaml.MAX_BYTES // len(line) + 1))
    assert path.stat().st_size > 5 * 1024 * 1024

    def no_parsing(_text):
        raise AssertionError("a file over the limit must not be parsed")

    monkeypatch.setattr(safeyaml, "_parser", no_parsing)
    with pytest.raises(PackError) as caught:
        load_yaml(path)
    assert "5 MB" in str(caught.value)


def test_size_limit_is_exact(tmp_path, monkeypatch):
    monkeypatch.setattr(safeyaml, "MAX_BYTES", 20)
    ok, big = tmp_path / "ok.yaml", tmp_path / "big.yaml"
    ok.write_bytes(b"title: " + b"x" * 12 + b"\n")  # exactly 20 bytes
    big.write_bytes(b"title: " + b"x" * 13 + b"\n")
    assert load_yaml(ok)[0] == {"title": "x" * 12}
    with pytest.raises(PackError, match="at most 5 MB"):
        load_yaml(big)


def test_binary_file_is_refused(tmp_path):
    path = tmp_path / "image.yaml"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(PackError) as caught:
        load_yaml(path)
    assert "binary" in caught.value.problems[0].message


def test_non_utf8_file_is_refused_with_the_line(tmp_path):
    path = tmp_path / "latin1.yaml"
    path.write_bytes("title: x\nquestions:\n  - question: caf\u00e9?\n".encode("latin-1"))
    with pytest.raises(PackError) as caught:
        load_yaml(path)
    problem = caught.value.problems[0]
    assert "UTF-8" in problem.message
    assert problem.line == 3
    assert str(problem).startswith(f"{path}:3: ")


def test_utf8_with_byte_order_mark_and_cjk_text_loads():
    data, _ = loads_yaml("\ufefftitle: 后来的我们\n".encode("utf-8"))
    assert data == {"title": "后来的我们"}


@pytest.mark.parametrize("text", [
    "a: " + "[" * 10_000,
    "a: " + "{x: " * 10_000,
    "".join("  " * i + f"k{i}:\n" for i in range(200)),
    "".join("  " * i + "-\n" for i in range(200)),
])
def test_deep_nesting_is_refused(text):
    problem = refusal(text)
    assert "nested more than 50 levels" in problem.message


def test_deep_nesting_through_aliases_is_refused():
    nest = "[" * 30 + "x" + "]" * 30
    text = f"a: &a {nest}\nb: &b [[[[[[[[[[[[[[[[[[[[[[[[[*a]]]]]]]]]]]]]]]]]]]]]]]]]\n"
    problem = refusal(text)
    assert problem.line == 2
    assert "nested" in problem.message


def test_nesting_within_the_limit_loads():
    depth = safeyaml.MAX_DEPTH - 1  # the top-level mapping is one level
    data, _ = loads_yaml("a: " + "[" * depth + "x" + "]" * depth + "\n")
    for _ in range(depth + 1):
        data = data["a"] if isinstance(data, dict) else data[0]
    assert data == "x"
    one_more = depth + 1
    assert "nested" in refusal("a: " + "[" * one_more + "x" + "]" * one_more + "\n").message


def test_top_level_list_is_refused():
    problem = refusal("- question: a\n  answer: b\n")
    assert problem.line == 1
    assert "a list at the top level" in problem.message


def test_top_level_text_is_refused():
    assert "plain text at the top level" in refusal("just some words\n").message


@pytest.mark.parametrize("text", ["", "\n\n", "   \n", "# only a comment\n# another\n", "---\n", "---\n...\n"])
def test_empty_file_is_refused(text):
    problem = refusal(text)
    assert "is empty" in problem.message


def test_empty_file_on_disk(tmp_path):
    path = tmp_path / "empty.yaml"
    path.write_bytes(b"")
    with pytest.raises(PackError, match="is empty"):
        load_yaml(path)


def test_two_documents_are_refused_at_the_second():
    problem = refusal("title: a\n---\ntitle: b\n")
    assert problem.line == 2 and "more than one YAML document" in problem.message


def test_duplicate_key_is_refused_at_the_second():
    problem = refusal("title: a\nquestions: []\ntitle: b\n")
    assert problem.line == 3 and "'title' twice" in problem.message


def test_complex_key_is_refused():
    assert "key" in refusal("? [a, b]\n: c\n").message


def test_tab_indentation_gets_a_plain_message():
    problem = refusal("title: x\nquestions:\n\t- question: a\n")
    assert problem.line == 3
    assert "tab" in problem.message


def test_syntax_error_has_its_line():
    problem = refusal("title: x\nquestions:\n  - question: \"unclosed\n    answer: b\n  - [\n")
    assert problem.line is not None and problem.line >= 3
    assert "not valid YAML" in problem.message


def test_control_character_is_refused_with_its_line():
    problem = refusal("title: x\nauthor: a\x07b\n")
    assert problem.line == 2


def test_a_folder_is_not_a_file(tmp_path):
    with pytest.raises(PackError, match="folder"):
        load_yaml(tmp_path)


def test_missing_file_is_a_pack_error(tmp_path):
    with pytest.raises(PackError, match="cannot be read"):
        load_yaml(tmp_path / "nope.yaml")


PACK = textwrap.dedent("""\
    title: Lines
    questions:
      - question: First?
        answer: A
        wrong: [B, C]
      # a comment
      - question: Second?
        answer: A
        wrong:
          - B

          - C
        category: Music
""")


def test_line_lookup_points_at_each_entry():
    _, lines = loads_yaml(PACK)
    assert lines(()) == 1
    assert lines(("title",)) == 1
    assert lines(("questions",)) == 2
    assert lines(("questions", 0)) == 3
    assert lines(("questions", 0, "wrong")) == 5
    assert lines(("questions", 0, "wrong", 1)) == 5
    assert lines(("questions", 1)) == 7
    assert lines(("questions", 1, "wrong")) == 9
    assert lines(("questions", 1, "wrong", 0)) == 10
    assert lines(("questions", 1, "wrong", 1)) == 12
    assert lines(("questions", 1, "category")) == 13


def test_line_lookup_falls_back_to_the_nearest_ancestor():
    _, lines = loads_yaml(PACK)
    assert lines(("questions", 1, "explanation")) == 7
    assert lines(("questions", 5)) == 2
    assert lines(("questions", 1, "wrong", 9)) == 9
    assert lines(("nothing", "here")) == 1
    assert lines(("questions", True)) == 2  # a bool is not a list index


def test_pure_python_parser_gives_the_same_result(monkeypatch):
    expected = loads_yaml(PACK)
    monkeypatch.setattr(safeyaml, "_parser", safeyaml._PyParser)
    data, lines = loads_yaml(PACK)
    assert data == expected[0]
    for path in [("questions", 1, "wrong", 1), ("questions", 0, "wrong"), ("questions", 1, "category")]:
        assert lines(path) == expected[1](path)
    assert "billion laughs" in refusal(billion_laughs()).message
    assert "nested" in refusal("a: " + "[" * 10_000).message
    assert refusal("a: !!python/object/apply:os.system [ls]\n").line == 1


@pytest.mark.parametrize("encoding, word", [("utf-16", "UTF-16"), ("utf-16-be", "UTF-16"), ("utf-32", "UTF-32")])
def test_text_saved_as_utf16_or_utf32_is_named_not_called_binary(tmp_path, encoding, word):
    path = tmp_path / "wide.yaml"
    text = "title: Wide\n"
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    path.write_bytes(data)
    with pytest.raises(PackError) as caught:
        load_yaml(path)
    message = caught.value.problems[0].message
    assert word in message and "UTF-8" in message and "binary" not in message
