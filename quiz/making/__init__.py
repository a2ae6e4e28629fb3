"""Making the question kinds other than ``choice`` from a film's facts, one module per kind.

``quiz.generator`` calls each with its drafts; they reuse its wrong-answer
pools, exclusions and near-miss numbers, so a false statement or a slider's
range follows the same fairness rules as four options do.
"""
