"""The live show: the engine that plays the run of show (countdown, alerts, chime, keep-awake) and its menu and shortcuts."""
