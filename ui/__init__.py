"""Café Conversation's front ends: the PySide6 windows and the command line."""
