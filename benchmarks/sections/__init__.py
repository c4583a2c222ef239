"""The harness's sections, one module each with `run(context, section)`."""
