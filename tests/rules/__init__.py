"""Tests of the rule library, one module per rule family."""
