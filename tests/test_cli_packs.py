"""The `packs`, `validate` and `import` commands, run through quiz.cli.main."""

import shutil

from quiz.cli import main
from quiz.packs import load_file
from quiz.paths import packs_dir, questions_dir

EXAMPLES = questions_dir() / "examples"
BAD = "title: Bad\nquestions:\n  - question: Q?\n    answer: a\n    wrong: [b, c, d, e]\n"
WARN = ("title: Warn\nquestions:\n  - question: Q?\n    answer: a\n    wrong: [b]\n"
        "  - question: Q?\n    answer: c\n    wrong: [d]\n")


def test_validate_good_files_exits_0(tmp_path, capsys):
    assert main(["validate", str(EXAMPLES / "my-pack.yaml"), str(EXAMPLES / "opentdb-sample.json")]) == 0
    out, err = capsys.readouterr()
    assert out == ""
    assert "2 files checked: no errors, no warnings." in err


def test_validate_bad_file_exits_1_with_file_and_line(tmp_path, capsys):
    bad = tmp_path / "bad.yaml"
    bad.write_text(BAD, encoding="utf-8")
    assert main(["validate", str(EXAMPLES / "my-pack.yaml"), str(bad)]) == 1
    out, err = capsys.readouterr()
    assert out.splitlines() == [f"{bad}:5: question 1: wrong: needs 1 to 3 wrong answers; it has 4"]
    assert "Traceback" not in out + err


def test_validate_warnings_do_not_fail(tmp_path, capsys):
    warn = tmp_path / "warn.yaml"
    warn.write_text(WARN, encoding="utf-8")
    assert main(["validate", str(warn)]) == 0
    out, _ = capsys.readouterr()
    assert out.startswith(f"{warn}:6: warning: question 2 repeats question 1")


def test_validate_prints_problems_in_line_order(tmp_path, capsys):
    # The long option is found after the unknown key below it, yet is printed first.
    text = (f"title: T\nquestions:\n  - question: Q?\n    answer: {'x' * 130}\n    wrong: [y]\n"
            "    colour: red\n")
    pack = tmp_path / "order.yaml"
    pack.write_text(text, encoding="utf-8")
    assert main(["validate", str(pack)]) == 0
    out, _ = capsys.readouterr()
    lines = [int(line.split(":")[1]) for line in out.splitlines()]
    assert len(lines) == 2 and lines == sorted(lines), out


def test_validate_hostile_files(tmp_path, capsys):
    evil = tmp_path / "evil.yaml"
    evil.write_text("title: !!python/object/apply:os.system ['echo pwned']\n", encoding="utf-8")
    binary = tmp_path / "blob.yaml"
    binary.write_bytes(b"\x00\x01\x02")
    missing = tmp_path / "missing.yaml"
    assert main(["validate", str(evil), str(binary), str(missing)]) == 1
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert lines[0].startswith(f"{evil}:1: uses the tag")
    assert lines[1].startswith(f"{binary}:1: looks like a binary file")
    assert lines[2] == f"{missing}: no such file or folder"
    assert "pwned" not in out + err


def test_packs_lists_good_and_bad_packs_and_the_folder(capsys):
    folder = packs_dir()
    folder.mkdir(parents=True)
    shutil.copy(EXAMPLES / "my-pack.yaml", folder / "my-pack.yaml")
    (folder / "bad.yaml").write_text(BAD, encoding="utf-8")
    assert main(["packs"]) == 0
    out, err = capsys.readouterr()
    # Ids are padded to the longest one, so compare with the padding folded.
    folded = [" ".join(line.split()) for line in out.splitlines()]
    assert "my-pack Us and Them, a fan's pack by The Us and Them quiz: 18 questions, custom, ready" in folded
    assert any(line.startswith("us-and-them Us and Them: ") and line.endswith("built-in, ready")
               for line in folded)
    assert "bad" in out and "cannot be played (1 problem)" in out
    assert f"{folder / 'bad.yaml'}:5: question 1: wrong: needs 1 to 3 wrong answers; it has 4" in out
    assert f"Your packs folder: {folder}" in out
    assert "does not exist" not in out
    assert err == ""


def test_packs_without_a_packs_folder_says_where_it_goes(capsys):
    assert main(["packs"]) == 0
    out, _ = capsys.readouterr()
    assert f"Your packs folder: {packs_dir()}" in out
    assert "does not exist yet" in out


def test_import_converts_and_the_result_validates(tmp_path, capsys):
    output = tmp_path / "trivia.yaml"
    assert main(["import", str(EXAMPLES / "opentdb-sample.json"), "-o", str(output)]) == 0
    out, _ = capsys.readouterr()
    assert out.strip() == f"Wrote 7 questions to {output}."
    assert load_file(output).question_count == 7
    assert main(["validate", str(output)]) == 0


def test_import_bad_file_is_one_plain_error(tmp_path, capsys):
    source = tmp_path / "bad.json"
    source.write_text('{"response_code": 2, "results": []}', encoding="utf-8")
    output = tmp_path / "out.yaml"
    assert main(["import", str(source), "-o", str(output)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith(f"us-and-them-quiz: {source}:1: has response_code 2")
    assert "Traceback" not in err
    assert not output.exists()


def test_import_missing_file(tmp_path, capsys):
    assert main(["import", str(tmp_path / "nope.json"), "-o", str(tmp_path / "o.yaml")]) == 1
    _, err = capsys.readouterr()
    assert err.strip() == f"us-and-them-quiz: There is no file at '{tmp_path / 'nope.json'}'."


def test_import_of_a_yaml_pack_says_it_needs_none(tmp_path, capsys):
    output = tmp_path / "o.yaml"
    assert main(["import", str(EXAMPLES / "my-pack.yaml"), "-o", str(output)]) == 1
    _, err = capsys.readouterr()
    assert "is a YAML file" in err and "needs no import" in err and len(err.strip().splitlines()) == 1
    assert not output.exists()


def test_pack_problems_are_listed_in_line_order(tmp_path):
    # The unknown key at the end is noticed before the questions are read.
    text = ("title: Order\nquestions:\n  - question: Q?\n    answer: a\n    wrong: []\n"
            "  - question: R?\n    answer: b\n    wrong: [b]\nextra: 1\n")
    path = tmp_path / "order.yaml"
    path.write_text(text, encoding="utf-8")
    lines = [p.line for p in load_file(path).problems]
    assert lines == sorted(lines) and lines[-1] == 9 and len(lines) == 3


SAMPLE_JSON = str(EXAMPLES / "opentdb-sample.json")


def test_import_refuses_to_replace_a_file_without_force(tmp_path, capsys):
    output = tmp_path / "mine.yaml"
    output.write_text("title: my own pack\n", encoding="utf-8")
    assert main(["import", SAMPLE_JSON, "-o", str(output)]) == 1
    _, err = capsys.readouterr()
    assert err.strip() == f"us-and-them-quiz: '{output}' already exists; add --force to replace it."
    assert output.read_text(encoding="utf-8") == "title: my own pack\n"
    assert main(["import", SAMPLE_JSON, "-o", str(output), "--force"]) == 0
    assert load_file(output).question_count == 7


def test_import_writes_through_a_link_to_its_target(tmp_path):
    real = tmp_path / "packs" / "trivia.yaml"
    real.parent.mkdir()
    link = tmp_path / "link.yaml"
    link.symlink_to(real)  # dangling until the import writes the target
    assert main(["import", SAMPLE_JSON, "-o", str(link)]) == 0
    assert link.is_symlink() and load_file(real).question_count == 7
    # Replacing it (with --force) keeps the link a link.
    assert main(["import", SAMPLE_JSON, "-o", str(link), "--force"]) == 0
    assert link.is_symlink() and link.resolve() == real.resolve()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.yaml", "packs"]


def test_import_refuses_targets_that_are_not_regular_files(tmp_path, capsys):
    import os

    folder = tmp_path / "folder"
    folder.mkdir()
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    link = tmp_path / "to-pipe.yaml"
    link.symlink_to(pipe)
    for target in (folder, pipe, link, "/dev/null"):
        assert main(["import", SAMPLE_JSON, "-o", str(target), "--force"]) == 1
        _, err = capsys.readouterr()
        assert err.strip() == f"us-and-them-quiz: '{target}' is not a regular file; import writes only to a file."
    assert list(folder.iterdir()) == [] and link.is_symlink()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder", "pipe", "to-pipe.yaml"]


def test_import_honours_the_umask(tmp_path):
    import os

    for mask, mode in ((0o022, 0o644), (0o077, 0o600), (0o002, 0o664)):
        old = os.umask(mask)
        try:
            output = tmp_path / f"mask-{mask:o}.yaml"
            assert main(["import", SAMPLE_JSON, "-o", str(output)]) == 0
        finally:
            os.umask(old)
        assert output.stat().st_mode & 0o777 == mode
