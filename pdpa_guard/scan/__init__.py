"""The offline scanner: run the shared pipeline over logs of what was already sent."""
