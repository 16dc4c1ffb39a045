"""Turn 政府信息公开工作年度报告 into verified, structured data (load → parse → extract → check)."""

__version__ = "0.1.0"
