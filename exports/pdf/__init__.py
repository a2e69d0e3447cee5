"""The PDF kit shared by every document: page templates and styles (``base``), fonts, text cleaning for ReportLab markup, vector QR codes."""
