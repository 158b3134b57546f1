"""Crisis language in typed text: the one entry point check_text(text, user_role) and what it returns.

Evaluation tools outside the project import check_text from here, so this name stays. docs/SAFETY.md explains the
categories, the tiers and how the check reads a reply.
"""

from rehearse.engine.safety.check import (NOT_THERAPY, TIER_CHECK_IN, TIER_NONE, TIER_PAUSE, SafetyCheck, check_text,
                                          prepare)

__all__ = ["NOT_THERAPY", "TIER_CHECK_IN", "TIER_NONE", "TIER_PAUSE", "SafetyCheck", "check_text", "prepare"]
