"""Reading prose: numerals and number words, hedges, dates, and the figure scanner.

:func:`factcheck.text.parse.parse_figure` reads one stated figure;
:func:`factcheck.text.scanner.find_figures` finds every figure in a text. Both
share one tokenizer (:mod:`~factcheck.text.tokens`) and one grammar
(:mod:`~factcheck.text.grammar`), so a figure reads the same wherever it stands.
"""
