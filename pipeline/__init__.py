"""newswatch: feeds -> articles -> events -> figures -> alerts, kept in PostgreSQL."""

__version__ = "0.1.0"

__all__ = ["__version__"]
