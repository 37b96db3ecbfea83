"""Paying an own workforce: the Pay workers dialog."""
