"""Proofing: spelling against bundled Hunspell dictionaries, with no Qt.

``tokens`` finds the words worth checking in a text (URLs, e-mail addresses, numbers and
all-capital acronyms are skipped), ``checker`` says which are misspelt and suggests
others, ``personal`` keeps the user's own words, ``report_spelling`` lists a report's
flagged words per section for « Vérifier » and ``mesdesk check``.
"""
