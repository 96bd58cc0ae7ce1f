"""Tests of the database layer (a package, so that module names like test_search do not clash)."""
