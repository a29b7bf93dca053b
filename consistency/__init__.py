"""consistency: find where news outlets reporting the same event disagree.

Importing this package is cheap: torch, sentence-transformers and faiss load only
when a stage that needs them runs.
"""

__version__ = "0.1.0"
