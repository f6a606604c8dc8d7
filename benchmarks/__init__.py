"""Benchmarks (see the benchmark issue)."""
