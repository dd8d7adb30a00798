"""Benchmarks (``make bench``): each ``bench_*.py`` module here has a ``run(report)`` function.

They measure; they do not assert. Results print as a table and are written to
``bench-results/latest.json`` so figures can be compared over time.
"""
