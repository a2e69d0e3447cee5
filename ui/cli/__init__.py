"""The command line (``cafe-conversation new|check|rotation|export|import``): pure Python, never loads Qt."""
