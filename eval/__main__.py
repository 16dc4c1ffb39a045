"""python -m eval extraction | metrics | qa | ocr | generator  (see eval/cli.py)"""

import sys

from eval.cli import main

sys.exit(main())
