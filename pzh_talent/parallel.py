"""How many worker processes a job forks. The workers share the parent's memory (records, person
arrays) through fork; where there is no fork (Windows) or one core, the job runs in its own process
and gives the same result, only slower."""
import multiprocessing


def fork_workers(wanted: int) -> int:
    """`wanted` worker processes, or 1 (no pool: run here) where fork is missing."""
    if wanted < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    return wanted
