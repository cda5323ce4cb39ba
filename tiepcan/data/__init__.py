"""Declared and generated data files (statute text, calendar, time limits, rates)."""
