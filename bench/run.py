"""Run the benchmarks in bench/: each is a `bench_*.py` whose `main()` prints one JSON line.

Usage: python bench/run.py [NAME ...]   (names without the bench_ prefix; default: all)
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    wanted = set(argv)
    failures = 0
    for path in sorted(HERE.glob("bench_*.py")):
        name = path.stem.removeprefix("bench_")
        if wanted and name not in wanted:
            continue
        spec = importlib.util.spec_from_file_location(path.stem, path)
        module = importlib.util.module_from_spec(spec)
        sys.path.insert(0, str(HERE))
        spec.loader.exec_module(module)
        print(f"# bench {name}", file=sys.stderr, flush=True)
        try:
            module.main()
        except Exception as exc:  # one failing benchmark must not hide the others
            failures += 1
            print(f'{{"bench": "{name}", "error": "{exc.__class__.__name__}: {exc}"}}', flush=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
