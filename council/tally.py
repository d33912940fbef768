"""Pure tallying of the four voting methods: ballots in, one results DataFrame out."""

from __future__ import annotations

from council.tally_validate import METHODS, default_params, validate_choices

__all__ = ["METHODS", "default_params", "validate_choices"]
