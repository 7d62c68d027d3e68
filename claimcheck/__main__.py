"""`python -m claimcheck` runs the command line."""

from claimcheck.cli import run

# Guarded: `check --workers` starts worker processes with 'spawn', which import the
# main module again (as __mp_main__) and must not run the command line a second time.
if __name__ == "__main__":
    run()
