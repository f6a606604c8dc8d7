"""Benchmarks: the reference vaults of DESIGN.md §6 against their floors and peers.

Run ``python -m benchmarks`` (see README.md, "Benchmarks"). Operations are registered in
:mod:`benchmarks.registry`; results go to ``benchmarks/results/``.
"""
