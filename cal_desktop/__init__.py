"""CAL Desktop: the office program of a Centre of Active People (ЦАЛ)."""

__version__ = "0.1.0"
