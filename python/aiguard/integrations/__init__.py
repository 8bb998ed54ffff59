"""Adapters to other engines (each behind its own optional extra; importing this package imports none)."""
