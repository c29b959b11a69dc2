"""App services without widgets: the match index, PDF documents and pages, the vocabulary search, texts."""
