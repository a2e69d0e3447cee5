"""Votes: dot votes on ideas and themes (``ballots``) and the ranked result with ties and the 3 themes × 2 actions rule (``results``)."""
