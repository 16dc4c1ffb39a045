"""python -m eval extraction [--corpus DIR] [--json OUT]"""

import sys

from eval.cli import main

sys.exit(main())
