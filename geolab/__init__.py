__version__ = "0.0.1"

# Idle OpenMP threads sleep instead of spinning: with spinning threads, two geolab jobs sharing a machine's cores
# slow each other down many times over. This has to be set before torch loads OpenMP, so it sits here, where every
# `import geolab...` starts; a value the user set wins. The lesson is in nbs/00_core.ipynb ("Threads that wait").
import os as _os
_os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
del _os
