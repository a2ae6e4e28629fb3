"""A film's facts, in three parts a reader can take one at a time.

- ``quiz.facts.records``: the records a film is made of (``Film``, ``Fact``, values).
- ``quiz.facts.schema``: ``film_from_documents``, reading YAML data against the
  schema of docs/facts.md, every problem with its file and line.
- ``quiz.facts.loader``: ``load_film`` and ``careful_documents``, reading the files.
"""
