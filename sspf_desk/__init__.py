"""SSPF Desk: samverkan skola, socialtjänst, polis och fritid i ett krypterat valv."""

__version__ = "0.1.0"
