"""The Qt layer: it arms timers and draws; the decisions live in coach.core."""
