"""Big facts packs: every film the checks accept makes its questions at once, and a bigger
one is refused, quickly, at the line of its biggest part."""

import time

import pytest

from quiz.facts.schema import MAX_QUESTIONS
from quiz.facts.loader import MAX_ENTITIES, MAX_POOL, load_film
from quiz.packs import load_file, load_path
from quiz.problems import PackError

HEAD = """film:
  id: big
  title: The Big Film
pools:
  job: [Fishing, Teaching, Carpentry, Weaving, Farming]
  character: [The Ferryman, The Postmistress, The Fisherman]
"""


def relation_pack(facts: int, cast=None) -> str:
    """``facts`` facts of one relation; only the people in ``cast`` (all when None) are characters."""
    lines = [HEAD, "entities:"]
    lines += [f"  - {{id: p{i}, kind: character, names: [Person number {i}], "
              f"roles: [{'character' if cast is None or i in cast else 'extra'}]}}" for i in range(facts)]
    lines.append("""relations:
  works-as:
    category: People
    section: Story
    questions:
      - answer: who
        pool: character
        phrasings: ["Who works at {job} in {film}?"]
      - answer: job
        pool: job
        phrasings: ["What is {who}'s trade in {film}?"]
    explanation: "{who} works at {job}."
facts:""")
    lines += [f"  - {{id: f{i}, relation: works-as, difficulty: easy, "
              f"values: {{who: p{i}, job: {{text: Trade number {i}, pool: job}}}}}}" for i in range(facts)]
    return "\n".join(lines) + "\n"


def sequence_pack(items: int) -> str:
    listed = "\n".join(f"      - Event number {i} happens" for i in range(items))
    return HEAD + f"""sequences:
  - id: story
    section: Story
    category: Story
    difficulty: medium
    items:
{listed}
    phrasings:
      first: ["Which of these happens first in {{film}}?"]
      last: ["Which of these happens last in {{film}}?"]
    explanation: "Of these four, {{answer}} is the {{order}}."
"""


def group_pack(members: int, others: int) -> str:
    return HEAD + f"""groups:
  - id: night
    section: Story
    category: Story
    difficulty: hard
    members: [{", ".join(f"Member scene {i}" for i in range(members))}]
    others: [{", ".join(f"Other scene {i}" for i in range(others))}]
    phrasings: ["Which of these scenes takes place at night?"]
    explanation: "{{answer}} happens at night."
"""


def line_of(text: str, start: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if line.startswith(start))


def cpu(work):
    # Processor time of this process: what the work costs, however busy the machine is.
    started = time.process_time()
    result = work()
    return time.process_time() - started, result


# Each just over the limit, and each as the issue found them: thousands of items.
TOO_BIG = [
    ("relation", relation_pack(MAX_QUESTIONS // 2 + 1), "  works-as:", "the relation 'works-as' makes"),
    ("relation", relation_pack(700), "  works-as:", "the relation 'works-as' makes 1,400"),
    ("sequence", sequence_pack(MAX_QUESTIONS // 2 + 4), "  - id: story", "the sequence 'story' makes"),
    ("sequence", sequence_pack(5000), "  - id: story", "the sequence 'story' makes 9,994"),
    ("group", group_pack(MAX_QUESTIONS + 1, 3), "  - id: night", "the group 'night' makes"),
    ("group", group_pack(3000, 3000), "  - id: night", "the group 'night' makes 3,000"),
]


@pytest.mark.parametrize("kind, text, where, says", TOO_BIG,
                         ids=[f"{k}-{len(t) // 1000}kB" for k, t, _, _ in TOO_BIG])
def test_a_film_making_too_many_questions_is_refused_at_its_biggest_part(tmp_path, kind, text, where,
                                                                         says):
    path = tmp_path / "big.yaml"
    path.write_text(text, encoding="utf-8")
    seconds, pack = cpu(lambda: load_file(path))
    assert not pack.ok
    [problem] = pack.errors
    assert (problem.path, problem.line) == (str(path), line_of(text, where))
    assert f"more than the {MAX_QUESTIONS:,} a film may make" in problem.message
    assert says in problem.message and "split it into several films" in problem.message
    assert seconds < 1.0, f"refusing took {seconds:.2f} s of processor time"


AT_THE_LIMIT = [
    ("relation", relation_pack(MAX_QUESTIONS // 2)),
    ("sequence", sequence_pack(MAX_QUESTIONS // 2 + 3)),
    ("group", group_pack(MAX_QUESTIONS, MAX_QUESTIONS)),
]


@pytest.mark.parametrize("kind, text", AT_THE_LIMIT, ids=[k for k, _ in AT_THE_LIMIT])
def test_the_biggest_film_accepted_loads_and_makes_its_questions_within_a_second(tmp_path, kind, text):
    path = tmp_path / "big.yaml"
    path.write_text(text, encoding="utf-8")
    seconds, (pack, questions) = cpu(lambda: (lambda p: (p, p.questions(0)))(load_file(path)))
    assert pack.ok, pack.problems[:3]
    # The limit counts the four-option questions; the other kinds ask the same facts.
    assert len([q for q in questions if q.kind == "choice"]) == MAX_QUESTIONS
    assert pack.question_count == len({q.fact for q in questions})  # one a fact, as rounds ask
    assert seconds < 1.0, f"loading and making {MAX_QUESTIONS:,} questions took {seconds:.2f} s"


def test_a_big_group_still_gets_fair_options(tmp_path):
    # Long lists are sampled, not shuffled whole: the options must stay right.
    path = tmp_path / "big.yaml"
    path.write_text(group_pack(300, 2000), encoding="utf-8")
    pack = load_file(path)
    members = {f"Member scene {i}" for i in range(300)}
    others = {f"Other scene {i}" for i in range(2000)}
    picked = set()
    for seed in (0, 1):
        for q in pack.questions(seed):
            assert q.correct in members and len(set(q.choices)) == 4
            wrong = [c for i, c in enumerate(q.choices) if i != q.answer]
            assert set(wrong) <= others
            picked.update(wrong)
    assert len(picked) > 1000  # drawn from the whole list, not from its front


def test_a_big_relation_never_offers_another_facts_true_answer(tmp_path):
    # Two facts of one relation with the same trade: each person is a right answer for it.
    # Few characters, so an unexcluded one would be offered in most rounds.
    text = relation_pack(450, cast={3, 7, 11, 12}).replace("Trade number 7,", "Trade number 3,")
    path = tmp_path / "big.yaml"
    path.write_text(text, encoding="utf-8")
    pack = load_file(path)
    assert pack.ok, pack.problems[:3]
    asked = 0
    for seed in range(8):
        for q in pack.questions(seed):
            if q.id in ("big/f3/who", "big/f7/who"):
                asked += 1
                assert not {"Person number 3", "Person number 7"} <= set(q.choices), q
    assert asked == 16


def with_extra_entities(text: str, count: int) -> str:
    extra = "".join(f"  - {{id: x{i}, kind: character, names: [Extra person {i}], roles: [character]}}\n"
                    for i in range(count))
    return text.replace("entities:\n", "entities:\n" + extra, 1)


def with_a_big_pool(text: str, names: int) -> str:
    # HEAD's character pool has three names already.
    return text.replace("  character: [", "  character: [" + "".join(f"Pool person {i}, "
                                                                     for i in range(names - 3)), 1)


def test_too_many_entities_or_pool_names_are_refused_at_their_line_quickly(tmp_path):
    # As the issue found them: 10,000 entities and a pool of 20,000 names, 1.3 MB.
    text = with_a_big_pool(with_extra_entities(relation_pack(10), 10_000), 20_000)
    path = tmp_path / "big.yaml"
    path.write_text(text, encoding="utf-8")
    seconds, pack = cpu(lambda: load_file(path))
    assert not pack.ok
    found = {(p.line, p.message) for p in pack.errors}
    assert found == {
        (line_of(text, "entities:"), f"the film has 10,010 entities (counting every file); "
                                     f"a film may have at most {MAX_ENTITIES:,}, so split it"),
        (line_of(text, "  character:"), f"the pool 'character' has 20,000 names; "
                                        f"a pool may have at most {MAX_POOL:,}, so split it"),
    }
    assert all(p.path == str(path) for p in pack.errors)
    assert seconds < 5.0, f"refusing took {seconds:.2f} s of processor time"


def test_the_most_entities_and_pool_names_accepted_make_their_questions_within_a_second(tmp_path):
    facts = MAX_QUESTIONS // 2
    text = with_a_big_pool(with_extra_entities(relation_pack(facts), MAX_ENTITIES - facts), MAX_POOL)
    path = tmp_path / "big.yaml"
    path.write_text(text, encoding="utf-8")
    seconds, (pack, questions) = cpu(lambda: (lambda p: (p, p.questions(0)))(load_file(path)))
    assert pack.ok, pack.problems[:3]
    assert len([q for q in questions if q.kind == "choice"]) == MAX_QUESTIONS
    assert seconds < 1.0, f"loading and making {MAX_QUESTIONS:,} questions took {seconds:.2f} s"


def test_entities_are_counted_across_the_film_s_files(tmp_path):
    folder = tmp_path / "film"
    folder.mkdir()
    (folder / "00-film.yaml").write_text(relation_pack(10), encoding="utf-8")
    more = "entities:\n" + "".join(f"  - {{id: y{i}, kind: character, names: [More person {i}]}}\n"
                                   for i in range(MAX_ENTITIES - 10 + 1))
    (folder / "10-more.yaml").write_text(more, encoding="utf-8")
    [pack] = load_path(folder)
    [problem] = pack.errors
    assert (problem.path, problem.line) == (str(folder / "10-more.yaml"), 1)
    assert f"the film has {MAX_ENTITIES + 1:,} entities" in problem.message


def test_the_fast_loader_of_a_film_folder_refuses_a_big_pool_too(tmp_path):
    text = with_a_big_pool(relation_pack(10), MAX_POOL + 1)
    path = tmp_path / "big.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PackError) as caught:
        load_film(path)
    [problem] = caught.value.problems
    assert (problem.path, problem.line) == (str(path), line_of(text, "  character:"))
    assert f"has {MAX_POOL + 1:,} names" in problem.message
