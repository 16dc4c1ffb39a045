"""Store, index and answer questions about extracted reports (store → index → answer)."""
