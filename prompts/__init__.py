"""The LLM prompts, one Markdown file each (read by extractor.llm_client.prompt); a package so an
installed wheel carries them."""
