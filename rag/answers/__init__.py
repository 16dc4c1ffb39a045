"""Answer handlers by kind of question: each takes a `Context` and returns an `Answer`, or None
when the store cannot answer that way (the next route is tried)."""
